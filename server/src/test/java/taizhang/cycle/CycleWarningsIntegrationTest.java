package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.WarningLevel;
import taizhang.ledger.WarningService;
import taizhang.ledger.WarningSettings;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * Opening and closing a cycle recompute the campaign's warnings, and a measure the office excluded
 * from a cycle (a 长期坚持 one reported quarterly) has not missed it. The story runs in 2014 on a
 * clock the test moves; nothing recomputes the warnings but the cycles' own moves.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class CycleWarningsIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    MeasureService measures;

    @Autowired
    WarningService warnings;

    @Autowired
    ProgressService progress;

    @Test
    void openingAndClosingACycleRecomputeWarningsOfTheCyclesEachMeasureOwed() {
        clock.set(LocalDate.of(2014, 1, 2));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long unit = fixtures.org("新城区").id();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        // Only missed cycles decide here: no deadline, and 签收 may wait longer than the story lasts.
        warnings.save(office, campaign, new WarningSettings(0, true, 0, 1, 3, 90));
        Measure monthly = ledger.measure(office, problem, "按月调度的措施", unit, List.of(), null, MeasureType.DEADLINE);
        Measure quarterly =
                ledger.measure(office, problem, "长期坚持、按季报送的措施", unit, List.of(), null, MeasureType.CONTINUING);

        clock.set(LocalDate.of(2014, 2, 1));
        cycles.open(office, campaign, "2014-01", LocalDate.of(2014, 2, 5), Set.of(), Set.of(MeasureType.CONTINUING));
        assertThat(warning(office, monthly)).isEqualTo(WarningLevel.GREEN);
        assertThat(warning(office, quarterly)).isEqualTo(WarningLevel.GREEN);

        clock.set(LocalDate.of(2014, 2, 6));
        cycles.close(office, campaign, "2014-01");
        assertThat(warning(office, monthly))
                .as("missed January, closed after its due date")
                .isEqualTo(WarningLevel.YELLOW);
        assertThat(warning(office, quarterly))
                .as("excluded from January: silent five weeks, but owed no report")
                .isEqualTo(WarningLevel.GREEN);

        // Opened late, already past its due date: the quarterly measure owed this one.
        clock.set(LocalDate.of(2014, 3, 6));
        cycles.open(office, campaign, "2014-02", LocalDate.of(2014, 3, 5), Set.of(), Set.of());
        assertThat(warning(office, quarterly)).isEqualTo(WarningLevel.YELLOW);

        // With two missed cycles red: the monthly measure missed both, the quarterly one the one it owed.
        warnings.save(office, campaign, new WarningSettings(0, true, 0, 1, 2, 90));
        assertThat(warning(office, monthly)).isEqualTo(WarningLevel.RED);
        assertThat(warning(office, quarterly)).isEqualTo(WarningLevel.YELLOW);
        cycles.close(office, campaign, "2014-02");
        assertThat(warning(office, quarterly)).isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void aReportAcceptedBeforeTheDueDayIsNoMissedCycle() {
        clock.set(LocalDate.of(2015, 4, 2));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser unit = fixtures.actor("新城区", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        warnings.save(office, campaign, new WarningSettings(0, true, 0, 1, 3, 90));
        Measure reported = ledger.measure(
                office, problem, "按时报送的措施", unit.organisationId(), List.of(), null, MeasureType.DEADLINE);
        Measure silent =
                ledger.measure(office, problem, "未报送的措施", unit.organisationId(), List.of(), null, MeasureType.DEADLINE);

        clock.set(LocalDate.of(2015, 5, 1));
        cycles.open(office, campaign, "2015-04", LocalDate.of(2015, 5, 5), Set.of(), Set.of());
        clock.set(LocalDate.of(2015, 5, 2));
        ProgressReport report =
                progress.create(unit, reported.id(), "2015-04", "四月进展", MeasureStatus.IN_PROGRESS, List.of(), true);
        clock.set(LocalDate.of(2015, 5, 3));
        progress.accept(office, report.id(), report.version());

        clock.set(LocalDate.of(2015, 5, 6));
        cycles.close(office, campaign, "2015-04");
        assertThat(warning(office, reported))
                .as("answered April, accepted two days before it was due")
                .isEqualTo(WarningLevel.GREEN);
        assertThat(warning(office, silent)).as("missed April").isEqualTo(WarningLevel.YELLOW);
        warnings.recomputeAll();
        assertThat(warning(office, reported)).as("the nightly pass agrees").isEqualTo(WarningLevel.GREEN);
    }

    private WarningLevel warning(CurrentUser office, Measure measure) {
        return measures.get(office, measure.id()).warning();
    }
}
