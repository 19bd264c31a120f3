package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.cycle.CycleService;
import taizhang.ledger.Campaign;
import taizhang.notify.Notifications;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.user.UserService;
import taizhang.user.UserSettings;

/**
 * The header's 消息 and 设置 in a real browser: a unit told of two opened cycles marks all its messages
 * read at once, then gives the address its mails go to.
 */
class InboxAndSettingsBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    Notifications notifications;

    @Autowired
    UserService users;

    @Autowired
    Clock clock;

    Actor unit;

    @BeforeEach
    void twoCyclesOpenedForTheUnit() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.ownUnit("通辽市");
        YearMonth month = YearMonth.now(clock);
        for (int i = 0; i < 2; i++) {
            Campaign campaign = ledger.campaign(office.user());
            ledger.measure(
                    office.user(),
                    ledger.problem(office.user(), campaign.id()).id(),
                    unit.user().organisationId());
            cycles.open(
                    office.user(),
                    campaign.id(),
                    month.toString(),
                    LocalDate.now(clock).plusDays(10),
                    Set.of(),
                    Set.of());
        }
        signIn(unit);
    }

    @Test
    void theUnitMarksAllItsMessagesReadAndGivesItsMailAddress() {
        int unread = notifications.unread(unit.user());
        assertThat(unread).isGreaterThanOrEqualTo(2);
        assertThat(InboxScreen.headerCount(browser)).isEqualTo(unread);

        InboxScreen inbox = InboxScreen.openFromHeader(browser).markAllRead();
        assertThat(inbox.unreadSummary()).isEqualTo("没有未读消息");
        assertThat(InboxScreen.headerCount(browser)).isZero();
        assertThat(notifications.unread(unit.user())).isZero();

        browser.click(browser.find(By.cssSelector("header a.settings")));
        typeEmail("tongliao@localhost");
        browser.click(browser.find(By.cssSelector("#settings-form button[type=submit]")));
        assertThat(browser.find(By.cssSelector("#mail .feedback .alert-error")).getText())
                .isEqualTo("电子邮箱格式不正确：tongliao@localhost");
        assertThat(browser.messages()).hasSize(1);
        assertThat(users.settings(unit.user()).email()).isNull();

        typeEmail("tongliao-unit@example.org");
        WebElement notify = browser.find(By.id("emailNotifications"));
        if (!notify.isSelected()) {
            notify.click();
        }
        browser.click(browser.find(By.cssSelector("#settings-form button[type=submit]")));
        assertThat(browser.find(By.cssSelector("#mail .feedback .alert")).getText())
                .isEqualTo("已保存");
        assertThat(browser.messages())
                .as("the save's message replaced the refusal")
                .containsExactly("已保存");
        assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("tongliao-unit@example.org");
        assertThat(users.settings(unit.user())).isEqualTo(new UserSettings("tongliao-unit@example.org", true));
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheSettingsPostThemselvesAndTheMessageStandsBesideThem() throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(unit.user().username(), "password-" + unit.user().username());
            plain.open("/settings");
            WebElement email = plain.find(By.id("email"));
            email.clear();
            email.sendKeys("tongliao-plain@example.org");
            plain.click(plain.find(By.cssSelector("#settings-form button[type=submit]")));
            assertThat(plain.find(By.cssSelector("#mail .feedback .alert")).getText())
                    .isEqualTo("已保存");
            assertThat(plain.messages()).containsExactly("已保存");
            assertThat(users.settings(unit.user()).email()).isEqualTo("tongliao-plain@example.org");
        }
    }

    private void typeEmail(String address) {
        WebElement email = browser.find(By.id("email"));
        email.clear();
        email.sendKeys(address);
    }
}
