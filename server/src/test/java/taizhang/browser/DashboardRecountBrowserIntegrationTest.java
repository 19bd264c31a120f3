package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import taizhang.dashboard.SlowDashboards;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 统计总览 while its figures are being recounted, in a real browser: the dashboard counts slowly (as
 * on a large ledger, {@link SlowDashboards}), so after a measure is finished 通辽市's leader, coming
 * back to the page, gets the old figures at once with 正在重新统计，稍后刷新; once the recount is done,
 * the link shows the new figures and the note is gone. (The whole of a small campaign is always
 * counted at once, so the reader is one who sees a part of it.)
 */
@Import(SlowDashboards.Config.class)
class DashboardRecountBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    SlowDashboards slow;

    Actor office;
    Actor leader;
    Campaign campaign;
    Measure first;

    @BeforeEach
    void aUnitOfTongliaoWithTwoMeasures() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        leader = fixtures.actor("通辽市", Role.LEADER);
        Actor unit = fixtures.ownUnit("通辽市");
        campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        first = ledger.measure(office.user(), problem, unit.user().organisationId());
        ledger.measure(office.user(), problem, unit.user().organisationId());
        signIn(leader);
    }

    @Test
    void theLeaderSeesTheOldFiguresWhileTheyAreRecountedAndTheNewOnesByTheLink() {
        DashboardScreen page = new DashboardScreen(browser, campaign.id());
        assertThat(page.finishedCount()).isEqualTo("0");
        assertThat(page.overallRate()).isEqualTo("0.00%");
        assertThat(page.recountNote()).isNull();

        Measure started = measures.start(office.user(), first.id(), first.version());
        measures.reportDone(office.user(), first.id(), started.version(), MeasureStatus.DONE);
        page.showAgain();
        assertThat(page.recountNote()).contains("正在重新统计", "稍后刷新");
        assertThat(page.finishedCount()).as("the old figures, at once").isEqualTo("0");
        assertThat(slow.recountsUnderWay()).isEqualTo(1);

        slow.finishRecounts();
        page.refreshLater();
        assertThat(page.finishedCount()).isEqualTo("1");
        assertThat(page.overallRate()).isEqualTo("50.00%");
        assertThat(page.recountNote()).isNull();
        assertThat(browser.cspViolations()).isEmpty();
    }
}
