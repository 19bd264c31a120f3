package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.LedgerRemoval;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The campaign page's 已移除 list in a real browser: the office clicks 恢复 on a removed measure
 * and confirms; the measure is back in the ledger, the list shrinks, and 已恢复措施 shows beside
 * the list, even after the last removed measure is restored and the list is empty.
 */
class CampaignRestoreMeasureBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    LedgerRemoval removal;

    @Autowired
    MeasureService measures;

    Actor office;
    Campaign campaign;
    Measure kept;
    Measure first;
    Measure second;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long unit = fixtures.ownUnit("通辽市").user().organisationId();
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        kept = measure(problem, "整治西辽河干流河道", unit);
        first = measure(problem, "开展草原生态修复", unit);
        second = measure(problem, "清理规范督查检查事项", unit);
        first = removal.removeMeasure(office.user(), first.id(), first.version(), "与第1项重复");
        second = removal.removeMeasure(office.user(), second.id(), second.version(), "反馈意见已撤回");
    }

    @Test
    void removedMeasuresAreRestoredFromTheCampaignPage() throws Exception {
        signIn(office);
        browser.open("/campaigns/" + campaign.id());
        assertThat(removedRows()).containsExactlyInAnyOrder(first.id(), second.id());

        restore(first.id());
        assertThat(browser.find(By.id("removed-message")).getText()).isEqualTo("已恢复措施");
        assertThat(removedRows()).containsExactly(second.id());
        assertThat(measures.removal(first.id())).isEmpty();
        assertThat(measures.removal(second.id())).isPresent();
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaign.id()).titles())
                .containsExactlyInAnyOrder(kept.title(), first.title());

        browser.open("/campaigns/" + campaign.id());
        restore(second.id());
        assertThat(browser.find(By.id("removed-message")).getText())
                .as("the last one restored: the message still shows where the person clicked")
                .isEqualTo("已恢复措施");
        assertThat(removedRows()).isEmpty();
        assertThat(measures.removal(second.id())).isEmpty();
        assertThat(removal.removedMeasures(office.user(), campaign.id(), 10)).isEmpty();
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaign.id()).titles())
                .containsExactlyInAnyOrder(kept.title(), first.title(), second.title());
    }

    /** Clicks 恢复 on the removed measure's row, confirms, and waits for the page to come back. */
    private void restore(long measureId) {
        WebElement heading = browser.find(By.id("campaign-name"));
        browser.find(By.cssSelector("tr.removed-measure[data-measure='" + measureId + "'] button"))
                .click();
        browser.confirm();
        browser.waitForStale(heading);
    }

    private List<Long> removedRows() {
        return browser.driver().findElements(By.cssSelector("tr.removed-measure")).stream()
                .map(row -> Long.parseLong(row.getAttribute("data-measure")))
                .toList();
    }

    private Measure measure(Problem problem, String title, long unit) {
        return ledger.measure(
                office.user(), problem.id(), title, unit, List.of(), LocalDate.of(2099, 6, 30), MeasureType.DEADLINE);
    }
}
