package taizhang.browser;

import org.openqa.selenium.By;

/** The sign-in form. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
        browser.open("/login");
    }

    /** Signs in; returns the message shown when the sign-in fails, or null. */
    public void signIn(String username, String password) {
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(password);
        browser.click(browser.find(By.cssSelector("form[action='/login'] button[type=submit]")));
    }

    public String message() {
        return browser.find(By.id("login-message")).getText();
    }

    /** Signs out through the header's form. */
    public static void signOut(Browser browser) {
        browser.find(By.cssSelector("form.logout button")).click();
        browser.waitUntilUrlContains("/login");
    }
}
