package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;

/**
 * The administrator in a real browser: lands on 用户管理, creates an organisation and a user in it,
 * resets the user's password; the user signs in with it, is sent to change it first, and then
 * lands on 我的任务.
 */
class AdminBrowserIntegrationTest extends InBrowser {

    Actor admin;

    @BeforeEach
    void anAdministrator() throws Exception {
        admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
    }

    @Test
    void theAdministratorSetsUpAUnitAndItsUserWhoChoosesItsOwnPasswordAtFirstSignIn() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String unitName = "赤峰市生态环境局" + tag;
        String username = "chifeng-eco-" + tag;
        new LoginPage(browser)
                .signIn(admin.user().username(), "password-" + admin.user().username());
        browser.waitUntilUrlContains("/admin/users");
        assertThat(browser.driver().findElements(By.cssSelector("nav[aria-label='主导航'] a[href='/cycles']")))
                .as("the office's pages are not the administrator's menu")
                .isEmpty();

        AdminScreen screen = new AdminScreen(browser);
        screen.createOrganisation("赤峰市", unitName, "部门");
        assertThat(screen.message()).contains(unitName);
        String first = screen.createUser(username, "生态环境局联络员", unitName, "责任单位");
        assertThat(screen.message()).contains(username);
        assertThat(screen.userStatus(username)).contains("待改密码");
        String reset = screen.resetPassword(username);
        assertThat(reset).isNotEqualTo(first);
        assertThat(screen.message()).contains("密码已重置");
        assertThat(browser.cspViolations()).isEmpty();
        LoginPage.signOut(browser);

        LoginPage stale = new LoginPage(browser);
        stale.signIn(username, first);
        assertThat(stale.message()).contains("用户名或密码错误");
        new LoginPage(browser).signIn(username, reset);
        browser.waitUntilUrlContains("/account");
        assertThat(browser.find(By.id("must-change")).getText()).contains("请先修改密码");
        browser.open("/ledger");
        assertThat(browser.driver().getCurrentUrl()).as("nothing else first").contains("/account");

        AccountScreen account = new AccountScreen(browser);
        account.changePassword(reset, "赤峰-生态环境-自己的密码-2026");
        assertThat(account.message()).contains("密码已修改");
        browser.find(By.id("continue")).click();
        browser.waitUntilUrlContains("/my");
        assertThat(browser.find(By.cssSelector("main h1")).getText()).contains("我的任务");
        assertThat(browser.cspViolations()).isEmpty();
    }
}
