package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.user.User;
import taizhang.user.UserService;

/**
 * 用户管理's user page in a real browser: the administrator gives a unit's user the 督导 role, moves it
 * to another unit, lifts its sign-in limits, disables it (it can no longer sign in) and enables it
 * again. Each message stands in the part acted on; each change is read back from the server.
 */
class UserAdminBrowserIntegrationTest extends InBrowser {

    @Autowired
    UserService users;

    Actor admin;
    Actor person;

    @BeforeEach
    void setUp() throws Exception {
        admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        person = fixtures.actor("赤峰市", Role.UNIT);
        attemptSignIn(admin);
        browser.waitUntilUrlContains("/admin/users");
    }

    @Test
    void theAdministratorChangesRolesUnitAndStatusOfAUser() {
        String username = person.user().username();
        browser.click(browser.find(By.linkText(username)));

        browser.find(By.id("role-SUPERVISOR")).click();
        assertThat(submit("save-roles", "assignment")).isEqualTo("角色已保存，自该用户的下一次操作起生效");
        assertThat(stored().roles()).containsExactlyInAnyOrder(Role.UNIT, Role.SUPERVISOR);
        assertThat(browser.find(By.id("role-SUPERVISOR")).isSelected()).isTrue();

        new Select(browser.find(By.id("organisationId"))).selectByVisibleText("红山区");
        assertThat(submit("move-user", "assignment")).isEqualTo("所属单位已修改");
        assertThat(browser.find(By.id("h-status")).getText()).endsWith("红山区");
        assertThat(stored().organisationId()).isEqualTo(fixtures.org("红山区").id());

        assertThat(submit("unlock", "account")).isEqualTo("已解除登录限制");

        WebElement disable = browser.find(By.id("disable"));
        disable.click();
        browser.confirm();
        browser.waitForStale(disable);
        assertThat(said("account")).isEqualTo("账户已停用，该用户的登录已全部退出");
        assertThat(browser.find(By.id("user-status")).getText()).contains("已停用");
        assertThat(stored().enabled()).isFalse();

        LoginPage.signOut(browser);
        attemptSignIn(person);
        assertThat(browser.driver().getCurrentUrl())
                .as("a disabled user is not let in")
                .contains("/login");
        attemptSignIn(admin);
        browser.waitUntilUrlContains("/admin/users");
        browser.click(browser.find(By.linkText(username)));
        assertThat(submit("enable", "account")).isEqualTo("账户已启用");
        assertThat(stored().enabled()).isTrue();
        assertThat(browser.cspViolations()).isEmpty();
    }

    private User stored() {
        return users.find(person.user().id()).orElseThrow();
    }

    /** Clicks the button and returns what the part (section) it stands in says. */
    private String submit(String button, String part) {
        WebElement clicked = browser.find(By.id(button));
        clicked.click();
        browser.waitForStale(clicked);
        return said(part);
    }

    private String said(String part) {
        return browser.find(By.cssSelector("#" + part + " .alert")).getText();
    }

    /** Waits for the answer only: a disabled person is refused and sees no navigation. */
    private void attemptSignIn(Actor actor) {
        new LoginPage(browser)
                .signIn(actor.user().username(), "password-" + actor.user().username());
        browser.waitForIdle();
    }
}
