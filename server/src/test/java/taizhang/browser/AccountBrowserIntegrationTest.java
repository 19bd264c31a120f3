package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.user.ApiTokens;

/**
 * The pages under the Content-Security-Policy in a real browser: every page of the office's
 * navigation loads with nothing refused and its scripts at work (charts drawn, confirmations
 * asked, the error page's back link); and 账户与安全 from the header: revoke a token, change the
 * password, sign in again with the new one.
 */
class AccountBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ApiTokens tokens;

    Actor office;
    Campaign campaign;
    Measure measure;

    @BeforeEach
    void anOfficeWithALedger() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        campaign = ledger.campaign(office.user());
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign.id()).id(),
                "整治矿区扬尘污染",
                fixtures.org("乌海市").id(),
                List.of(),
                java.time.LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
    }

    @Test
    void everyPageWorksUnderTheContentSecurityPolicy() {
        new LoginPage(browser)
                .signIn(office.user().username(), "password-" + office.user().username());
        assertThat(browser.cspViolations()).as("login").isEmpty();

        DashboardScreen dashboard = new DashboardScreen(browser, campaign.id());
        browser.driver().manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(5));
        assertThat(dashboard.chartsDrawn()).as("ECharts drew the dashboard").isTrue();
        browser.driver().manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        assertThat(browser.cspViolations()).as("dashboard").isEmpty();

        for (String page : List.of(
                "/ledger?campaign=" + campaign.id(),
                "/measures/" + measure.id(),
                "/review",
                "/cycles",
                "/extensions",
                "/imports",
                "/reports",
                "/webhooks",
                "/notifications",
                "/settings",
                "/account")) {
            browser.open(page);
            assertThat(browser.driver().findElements(By.cssSelector("main h1")))
                    .as(page)
                    .isNotEmpty();
            assertThat(browser.cspViolations()).as(page).isEmpty();
        }

        // The error page's back link is script now, not a javascript: URL.
        browser.open("/ledger?campaign=" + campaign.id());
        browser.open("/measures/999999999");
        browser.find(By.cssSelector("a[data-back]")).click();
        browser.waitUntilUrlContains("/ledger");
        assertThat(browser.cspViolations()).as("error page").isEmpty();

        // The check above can see a refusal: an inline script put into the page is refused and reported.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                        + " document.head.appendChild(s);");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.inlineRan"))
                .isNull();
        assertThat(browser.cspViolations()).isNotEmpty();
    }

    @Test
    void aUserRevokesATokenAndChangesThePasswordFromTheHeader() {
        long spare = tokens.issue(office.user(), "报表脚本", 30, null).id();
        String username = office.user().username();
        new LoginPage(browser).signIn(username, "password-" + username);

        AccountScreen account = new AccountScreen(browser);
        assertThat(account.tokenStatus(spare)).isEqualTo("有效");
        assertThat(account.revoke(spare)).contains("令牌已吊销");
        assertThat(browser.messages()).as("in the token's row, alone").hasSize(1);
        assertThat(account.tokenStatus(spare)).isEqualTo("已吊销");

        account.changePassword("password-" + username, "鄂尔多斯-整改-2026-秋", "鄂尔多斯-整改-2026-冬");
        assertThat(account.refusal()).isEqualTo("两次输入的新密码不一致");
        assertThat(browser.messages())
                .as("the refusal replaced the token's message")
                .hasSize(1);

        account.changePassword("password-" + username, "鄂尔多斯-整改-2026-秋");
        assertThat(account.message()).contains("密码已修改");
        assertThat(browser.messages())
                .as("the change's message replaced the refusal")
                .hasSize(1);
        assertThat(browser.cspViolations()).isEmpty();

        LoginPage.signOut(browser);
        LoginPage login = new LoginPage(browser);
        login.signIn(username, "password-" + username);
        assertThat(login.message()).contains("用户名或密码错误");
        new LoginPage(browser).signIn(username, "鄂尔多斯-整改-2026-秋");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void withoutJavaScriptTheAccountFormsPostThemselvesAndTheirMessagesStandBesideThem() throws Exception {
        long spare = tokens.issue(office.user(), "报表脚本", 30, null).id();
        String username = office.user().username();
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain).signIn(username, "password-" + username);
            AccountScreen account = new AccountScreen(plain);
            assertThat(account.revoke(spare)).contains("令牌已吊销");
            assertThat(account.tokenStatus(spare)).isEqualTo("已吊销");

            account.changePassword("password-" + username, "鄂尔多斯-整改-2026-秋", "鄂尔多斯-整改-2026-冬");
            assertThat(account.refusal()).isEqualTo("两次输入的新密码不一致");
            assertThat(plain.messages()).hasSize(1);
            account.changePassword("password-" + username, "鄂尔多斯-整改-2026-秋");
            assertThat(account.message()).contains("密码已修改");
            assertThat(plain.messages()).hasSize(1);
        }
    }
}
