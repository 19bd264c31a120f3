package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The office widens the due-soon days of its campaign in a real browser: the preview counts the
 * measures that would turn yellow before anything is saved, and after saving the ledger shows them yellow.
 */
class WarningSettingsBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    Actor office;
    Campaign campaign;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        long lead = fixtures.org("扎鲁特旗").id();
        LocalDate today = LocalDate.now();
        for (var m : List.of(
                new Object[] {"三周后到期的措施", 21}, new Object[] {"四十天后到期的措施", 40}, new Object[] {"百日后到期的措施", 100})) {
            ledger.measure(
                    office.user(),
                    problem.id(),
                    (String) m[0],
                    lead,
                    List.of(),
                    today.plusDays((Integer) m[1]),
                    MeasureType.DEADLINE);
        }
    }

    @Test
    void officeChangesDueSoonDaysSeesThePreviewSavesAndTheLedgerShowsTheMovedWarnings() {
        signIn(office);
        assertThat(yellowTitles()).isEmpty();

        WarningSettingsScreen settings = new WarningSettingsScreen(browser, campaign.id()).dueSoonDays(60);
        assertThat(settings.preview()).contains("共 2 项", "尚未保存");
        assertThat(settings.previewYellow()).isEqualTo("2");
        assertThat(yellowTitles()).as("a preview changes nothing").isEmpty();

        settings = new WarningSettingsScreen(browser, campaign.id()).dueSoonDays(60);
        assertThat(settings.save()).contains("已保存", "2 项");
        assertThat(yellowTitles()).containsExactlyInAnyOrder("三周后到期的措施", "四十天后到期的措施");
    }

    @Test
    void aRefusalStandsBesideTheRulesAndThePreviewAndTheSaveAfterItReplaceIt() {
        signIn(office);
        String refusal = "红色预警的漏报周期数不能少于黄色预警的漏报周期数";

        WarningSettingsScreen settings = new WarningSettingsScreen(browser, campaign.id())
                .dueSoonDays(60)
                .missedCycles(3, 2);
        assertThat(settings.saveRefused()).isEqualTo(refusal);
        assertThat(browser.messages()).containsExactly(refusal);
        assertThat(settings.previewRefused()).isEqualTo(refusal);
        assertThat(browser.messages()).containsExactly(refusal);

        String preview = settings.missedCycles(3, 4).preview();
        assertThat(preview).contains("共 2 项");
        assertThat(browser.messages()).as("the preview replaced the refusal").containsExactly(preview);
        settings.missedCycles(3, 2);
        assertThat(settings.previewRefused()).isEqualTo(refusal);
        assertThat(browser.messages()).as("the refusal replaced the preview").containsExactly(refusal);

        String saved = settings.missedCycles(3, 4).save();
        assertThat(saved).contains("已保存", "2 项");
        assertThat(browser.messages()).containsExactly(saved);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void withoutJavaScriptThePreviewAndTheSavePostThemselvesAndStandBesideTheRules() throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            plain.find(By.cssSelector("nav[aria-label='主导航']"));
            WarningSettingsScreen settings = new WarningSettingsScreen(plain, campaign.id()).dueSoonDays(60);
            assertThat(settings.preview()).contains("共 2 项", "尚未保存");
            assertThat(plain.messages()).hasSize(1);
            assertThat(settings.save()).contains("已保存", "2 项");
            assertThat(plain.messages()).hasSize(1);
        }
    }

    private List<String> yellowTitles() {
        browser.open("/ledger?campaign=" + campaign.id() + "&warning=YELLOW");
        browser.find(By.id("ledger-table"));
        return browser.find(By.id("ledger-table")).findElements(By.cssSelector("td.title a")).stream()
                .map(e -> e.getText())
                .toList();
    }
}
