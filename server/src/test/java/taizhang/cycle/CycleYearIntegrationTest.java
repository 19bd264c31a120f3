package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * A year of 月调度 through the services on a clock the test moves: each month's cycle opens on the
 * first of the next month and is due on the fifth. 新城区 reports on the third, 赛罕区 on the eighth
 * (late, after a reminder), 乌海市 has its report returned in even months and never resubmits. From
 * July the office excludes the 长期坚持 measures, one of 新城区's. Each close locks the month and keeps its snapshot.
 * The year lies in the past: rows stamped in the future would stay the newest in the shared test
 * database and hide later changes from freshness checks such as the dashboard's.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class CycleYearIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    CycleReminders reminders;

    @Autowired
    ProgressService progress;

    @Test
    void runsAYearOfMonthlyCycles() {
        clock.set(LocalDate.of(2013, 1, 1));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser xincheng = fixtures.actor("新城区", Role.UNIT).user();
        CurrentUser saihan = fixtures.actor("赛罕区", Role.UNIT).user();
        CurrentUser wuhai = fixtures.actor("乌海市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure early = ledger.measure(office, problem, xincheng.organisationId());
        Measure quarterly = ledger.measure(
                office, problem, "长期坚持的措施", xincheng.organisationId(), List.of(), null, MeasureType.CONTINUING);
        Measure late = ledger.measure(office, problem, saihan.organisationId());
        Measure returned = ledger.measure(office, problem, wuhai.organisationId());

        for (int month = 1; month <= 12; month++) {
            Cycle period = Cycle.month(2013, month);
            String label = period.label();
            LocalDate first = period.last().plusDays(1);
            clock.set(first);
            Set<MeasureType> excluded = month >= 7 ? Set.of(MeasureType.CONTINUING) : Set.of();
            cycles.open(office, campaign, label, first.plusDays(4), Set.of(), excluded);
            assertThat(cycles.openFor(xincheng)).extracting(OpenCycle::period).containsExactly(label);
            assertThat(cycles.openFor(xincheng).get(0).daysLeft()).isEqualTo(4);

            clock.set(first.plusDays(2));
            file(xincheng, early, label);
            if (month < 7) {
                file(xincheng, quarterly, label);
            }
            ProgressReport sent = file(wuhai, returned, label);
            if (month % 2 == 0) {
                progress.returnToUnit(office, sent.id(), sent.version(), "第" + month + "月数据不全");
            } else {
                progress.accept(office, sent.id(), sent.version());
            }

            clock.set(first.plusDays(5));
            assertThat(owing(office, campaign, label))
                    .containsExactlyInAnyOrder(month % 2 == 0 ? new String[] {"赛罕区", "乌海市"} : new String[] {"赛罕区"});
            List<Reminder> sentReminders = reminders.remind(office, campaign, label, RemindTarget.LATE, null);
            assertThat(sentReminders).extracting(Reminder::orgId).contains(saihan.organisationId());
            assertThat(sentReminders.stream()
                            .filter(r -> r.orgId() == saihan.organisationId())
                            .findFirst()
                            .orElseThrow()
                            .message())
                    .contains("已逾期 1 天");

            clock.set(first.plusDays(7));
            file(saihan, late, label);

            clock.set(first.plusDays(9));
            cycles.close(office, campaign, label);
            assertThat(owing(office, campaign, label))
                    .as("after the close of " + label)
                    .isEqualTo(month % 2 == 0 ? List.of("乌海市") : List.of());
            assertThat(cycles.snapshot(office, campaign, label, 0, 50)).hasSize(month >= 7 ? 3 : 4);
            String closedLabel = label;
            assertThatThrownBy(() -> file(saihan, late, closedLabel))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("调度周期已经关闭");
        }
        assertThat(cycles.list(office, campaign)).hasSize(12).allMatch(c -> c.status() == CycleStatus.CLOSED);
    }

    private ProgressReport file(CurrentUser unit, Measure measure, String period) {
        return progress.create(unit, measure.id(), period, period + "进展", MeasureStatus.IN_PROGRESS, List.of(), true);
    }

    private List<String> owing(CurrentUser office, long campaign, String period) {
        return cycles.missing(office, campaign, period).stream()
                .map(MissingUnit::name)
                .toList();
    }
}
