package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import taizhang.cycle.CycleService;
import taizhang.cycle.UnitTally;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * 催报全部逾期单位 in a real browser: November 2025's cycle was due on 5 December; one unit reported,
 * the other did not. Three days late the office clicks the button: only the late unit is reminded,
 * its row shows the day, and the unit finds the reminder in its inbox.
 */
@Import(StoryClock.Config.class)
class LateReminderBrowserIntegrationTest extends InBrowser {

    private static final String MONTH = "2025-11";
    private static final LocalDate DUE = LocalDate.of(2025, 12, 5);
    private static final LocalDate TODAY = DUE.plusDays(3);

    @Autowired
    StoryClock clock;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    ProgressService progress;

    Actor office;
    Actor reported;
    Actor late;
    Campaign campaign;

    @BeforeEach
    void aCycleOneUnitLetPassItsDueDate() throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        reported = fixtures.ownUnit("通辽市");
        late = fixtures.ownUnit("通辽市");
        campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        Measure done = ledger.measure(office.user(), problem, reported.user().organisationId());
        ledger.measure(office.user(), problem, late.user().organisationId());
        cycles.open(office.user(), campaign.id(), MONTH, DUE, Set.of(), Set.of());
        clock.set(LocalDate.of(2025, 12, 3));
        progress.create(reported.user(), done.id(), MONTH, "11月已完成排查", MeasureStatus.IN_PROGRESS, List.of(), true);
        clock.set(TODAY);
    }

    @Test
    void theOfficeRemindsTheLateUnitOnlyAndTheUnitReadsItInItsInbox() {
        signIn(office);
        CyclesScreen page = new CyclesScreen(browser, campaign.id());
        assertThat(page.overdueTag()).isEqualTo("已逾期 3 天");
        assertThat(page.lastReminded(late.user().organisationId())).isEmpty();

        assertThat(page.remindLate()).isEqualTo("已向 1 个单位发出催报");
        assertThat(page.lastReminded(late.user().organisationId())).isEqualTo(TODAY.toString());
        assertThat(page.lastReminded(reported.user().organisationId()))
                .as("the unit that reported is not reminded")
                .isEmpty();
        assertThat(cycles.units(office.user(), campaign.id(), MONTH))
                .filteredOn(u -> u.lastReminded() != null)
                .extracting(UnitTally::orgId)
                .containsExactly(late.user().organisationId());
        assertThat(browser.cspViolations()).isEmpty();
        LoginPage.signOut(browser);

        signIn(late);
        assertThat(InboxScreen.headerCount(browser)).isPositive();
        assertThat(InboxScreen.openFromHeader(browser).texts())
                .anySatisfy(text ->
                        assertThat(text).contains("整改办催报", campaign.name(), "2025年11月", "截止日期 " + DUE, "已逾期 3 天"));
    }
}
