package taizhang.browser;

import org.openqa.selenium.By;

/** 账户与安全, reached from the header. */
public final class AccountScreen {

    private final Browser browser;

    public AccountScreen(Browser browser) {
        this.browser = browser;
        browser.find(By.id("account-link")).click();
        browser.waitForIdle();
    }

    public void changePassword(String current, String next) {
        browser.find(By.id("currentPassword")).sendKeys(current);
        browser.find(By.id("newPassword")).sendKeys(next);
        browser.find(By.id("confirmPassword")).sendKeys(next);
        browser.find(By.cssSelector("#password-form button[type=submit]")).click();
        browser.waitForIdle();
    }

    public String message() {
        return browser.find(By.id("account-message")).getText();
    }

    /** Revokes a token with its row's button, confirming as asked. */
    public void revoke(long tokenId) {
        browser.find(By.cssSelector("#token-" + tokenId + " button")).click();
        browser.confirm();
        browser.waitForIdle();
    }

    public String tokenStatus(long tokenId) {
        return browser.find(By.cssSelector("#token-" + tokenId + " .token-status"))
                .getText();
    }
}
