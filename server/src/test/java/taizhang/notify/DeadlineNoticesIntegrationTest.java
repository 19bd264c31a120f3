package taizhang.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.cycle.CycleService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * The deadline job through March 2014 (in the past, as clock stories are): 红山区 never reports,
 * 科尔沁区 reports on time. Each pass may run any number of times, on any node: nobody is told twice.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class DeadlineNoticesIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2014, 3, 25);

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    ProgressService progress;

    @Autowired
    DeadlineNotices job;

    @Autowired
    Notifications notifications;

    @Test
    void dueSoonOverdueAndEscalationReachEachRecipientOnce() {
        clock.set(LocalDate.of(2014, 3, 1));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser chifeng = fixtures.actor("赤峰市", Role.OFFICE).user();
        CurrentUser tongliao = fixtures.actor("通辽市", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        long hongshanId = fixtures.org("红山区").id();
        long horqinId = fixtures.org("科尔沁区").id();
        ledger.measure(office, problem, hongshanId);
        Measure onTime = ledger.measure(office, problem, horqinId);
        CurrentUser hongshan = fixtures.actor("红山区", Role.UNIT).user();
        CurrentUser horqin = fixtures.actor("科尔沁区", Role.UNIT).user();
        cycles.open(office, campaign, "2014-03", DUE, Set.of(), Set.of());
        assertThat(kinds(hongshan)).containsExactly(NotificationKind.CYCLE_OPENED);

        clock.set(LocalDate.of(2014, 3, 20));
        progress.create(horqin, onTime.id(), "2014-03", "按期报送", MeasureStatus.IN_PROGRESS, List.of(), true);

        job.runOnce(LocalDate.of(2014, 3, 21));
        assertThat(kinds(hongshan))
                .as("four days before is not yet soon")
                .containsExactly(NotificationKind.CYCLE_OPENED);
        assertThat(job.runOnce(LocalDate.of(2014, 3, 23)).stored()).isPositive();
        assertThat(job.runOnce(LocalDate.of(2014, 3, 23)).stored()).isZero();
        assertThat(job.runOnce(LocalDate.of(2014, 3, 24)).stored())
                .as("due soon is said once, not every day")
                .isZero();
        assertThat(kinds(hongshan)).containsExactly(NotificationKind.DUE_SOON, NotificationKind.CYCLE_OPENED);
        assertThat(notifications.inbox(hongshan, false, 0, 10).get(0).text()).contains("红山区", "还剩 2 天");
        assertThat(kinds(horqin)).as("it has reported").containsExactly(NotificationKind.CYCLE_OPENED);

        job.runOnce(LocalDate.of(2014, 3, 26));
        assertThat(job.runOnce(LocalDate.of(2014, 3, 27)).stored()).isZero();
        assertThat(kinds(hongshan).get(0)).isEqualTo(NotificationKind.OVERDUE);
        assertThat(ours(chifeng, campaign))
                .as("not escalated before three days")
                .isEmpty();

        job.runOnce(LocalDate.of(2014, 3, 28));
        assertThat(job.runOnce(LocalDate.of(2014, 3, 28)).stored()).isZero();
        assertThat(job.runOnce(LocalDate.of(2014, 3, 30)).stored()).isZero();
        for (CurrentUser told : List.of(chifeng, office)) {
            List<Notification> inbox = ours(told, campaign);
            assertThat(inbox).extracting(Notification::kind).containsExactly(NotificationKind.ESCALATED);
            assertThat(inbox.get(0).text()).startsWith("红山区逾期未报").contains("逾期 3 天");
            assertThat(inbox.get(0).link()).isEqualTo("/cycles?campaign=" + campaign + "&period=2014-03");
        }
        assertThat(ours(tongliao, campaign))
                .as("科尔沁区 reported: its city hears nothing")
                .isEmpty();
        assertThat(kinds(hongshan))
                .containsExactly(NotificationKind.OVERDUE, NotificationKind.DUE_SOON, NotificationKind.CYCLE_OPENED);
    }

    /**
     * The escalations about this test's campaign: offices also hear of late units in the open
     * cycles other tests left in the shared database.
     */
    private List<Notification> ours(CurrentUser user, long campaign) {
        return notifications.inbox(user, false, 0, 200).stream()
                .filter(n -> n.link().contains("campaign=" + campaign + "&"))
                .toList();
    }

    private List<NotificationKind> kinds(CurrentUser user) {
        return notifications.inbox(user, false, 0, 50).stream()
                .map(Notification::kind)
                .toList();
    }
}
