package taizhang.browser;

import org.openqa.selenium.By;

/** 账户与安全, reached from the header. */
public final class AccountScreen {

    private final Browser browser;

    public AccountScreen(Browser browser) {
        this.browser = browser;
        browser.click(browser.find(By.id("account-link")));
    }

    public void changePassword(String current, String next) {
        changePassword(current, next, next);
    }

    /** Types the current password, the new one and its repetition, and sends the form. */
    public void changePassword(String current, String next, String again) {
        browser.find(By.id("currentPassword")).sendKeys(current);
        browser.find(By.id("newPassword")).sendKeys(next);
        browser.find(By.id("confirmPassword")).sendKeys(again);
        browser.click(browser.find(By.cssSelector("#password-form button[type=submit]")));
    }

    /** The message beside the password form. */
    public String message() {
        return browser.find(By.cssSelector("#password .feedback .alert")).getText();
    }

    /** The refusal beside the password form. */
    public String refusal() {
        return browser.find(By.cssSelector("#password .feedback .alert-error")).getText();
    }

    /** Revokes a token with its row's button, confirming as asked; returns the message in its row. */
    public String revoke(long tokenId) {
        browser.clickAndConfirm(browser.find(By.cssSelector("#token-" + tokenId + " button")));
        return browser.find(By.cssSelector("#token-" + tokenId + " .feedback .alert"))
                .getText();
    }

    public String tokenStatus(long tokenId) {
        return browser.find(By.cssSelector("#token-" + tokenId + " .token-status"))
                .getText();
    }
}
