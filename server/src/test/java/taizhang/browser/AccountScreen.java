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
        browser.find(By.id("currentPassword")).sendKeys(current);
        browser.find(By.id("newPassword")).sendKeys(next);
        browser.find(By.id("confirmPassword")).sendKeys(next);
        browser.click(browser.find(By.cssSelector("#password-form button[type=submit]")));
    }

    public String message() {
        return browser.find(By.id("account-message")).getText();
    }

    /** Revokes a token with its row's button, confirming as asked. */
    public void revoke(long tokenId) {
        browser.clickAndConfirm(browser.find(By.cssSelector("#token-" + tokenId + " button")));
    }

    public String tokenStatus(long tokenId) {
        return browser.find(By.cssSelector("#token-" + tokenId + " .token-status"))
                .getText();
    }
}
