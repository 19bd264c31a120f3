package taizhang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The administrator's pages, reached from its menu: 单位管理 and 用户管理. */
public final class AdminScreen {

    private final Browser browser;

    public AdminScreen(Browser browser) {
        this.browser = browser;
    }

    private void menu(String label) {
        browser.click(browser.find(By.xpath("//nav[@aria-label='主导航']//a[normalize-space()='" + label + "']")));
    }

    /** Creates an organisation under the parent named, from the 单位管理 page. */
    public void createOrganisation(String parent, String name, String kind) {
        menu("单位管理");
        new Select(browser.find(By.id("parentId"))).selectByVisibleText(parent);
        browser.find(By.id("name")).sendKeys(name);
        new Select(browser.find(By.id("kind"))).selectByVisibleText(kind);
        browser.click(browser.find(By.cssSelector("#new-org button[type=submit]")));
    }

    /** Creates a user with a generated password; returns the password the page shows once. */
    public String createUser(String username, String displayName, String organisation, String roleLabel) {
        menu("用户管理");
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("displayName")).sendKeys(displayName);
        new Select(browser.find(By.id("organisationId"))).selectByVisibleText(organisation);
        browser.find(By.xpath("//form[@id='new-user']//label[normalize-space()='" + roleLabel + "']/input"))
                .click();
        browser.click(browser.find(By.cssSelector("#new-user button[type=submit]")));
        return browser.find(By.id("issued-password")).getText();
    }

    /** Opens the user from the list and resets its password, confirming; returns the new password. */
    public String resetPassword(String username) {
        menu("用户管理");
        browser.click(browser.find(By.linkText(username)));
        browser.clickAndConfirm(browser.find(By.id("reset-password")));
        return browser.find(By.id("issued-password")).getText();
    }

    public String message() {
        return browser.find(By.id("admin-message")).getText();
    }

    /** The status column of a user in the list. */
    public String userStatus(String username) {
        menu("用户管理");
        return browser.find(By.xpath("//table[@id='users']//tr[td/a[normalize-space()='" + username + "']]/td[5]"))
                .getText();
    }
}
