package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.ledger.LedgerRemoval;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * Who owes a cycle as its reports move, read from the kept obligations: a report filed before the
 * opening counts, a measure created after it owes, a returned report owes again, and the close and a
 * reopening keep the same list. March 2010, 呼伦贝尔市 and 阿拉善盟 leading.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class CycleObligationsIntegrationTest {

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
    MeasureService measures;

    @Autowired
    LedgerRemoval removal;

    @Test
    void theMissingListFollowsReportsMeasuresAndTheClose() {
        clock.set(LocalDate.of(2010, 3, 20));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser hulunbuir = fixtures.actor("呼伦贝尔市", Role.UNIT).user();
        CurrentUser alxa = fixtures.actor("阿拉善盟", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure reportedEarly = ledger.measure(office, problem, hulunbuir.organisationId());
        Measure owing = ledger.measure(office, problem, alxa.organisationId());
        file(hulunbuir, reportedEarly);

        cycles.open(office, campaign, "2010-03", LocalDate.of(2010, 4, 5), Set.of(), Set.of());
        assertThat(owed(office, campaign)).containsExactly(owing.id());
        Measure later = ledger.measure(office, problem, alxa.organisationId());
        assertThat(owed(office, campaign))
                .as("a measure created after the opening")
                .containsExactly(owing.id(), later.id());

        ProgressReport sent = file(alxa, owing);
        assertThat(owed(office, campaign)).containsExactly(later.id());
        progress.returnToUnit(office, sent.id(), sent.version(), "数据不全");
        assertThat(owed(office, campaign)).containsExactly(owing.id(), later.id());
        assertThat(cycles.units(office, campaign, "2010-03"))
                .filteredOn(u -> u.orgId() == alxa.organisationId())
                .singleElement()
                .satisfies(u -> assertThat(u.returned()).isEqualTo(1));

        clock.set(LocalDate.of(2010, 4, 6));
        cycles.close(office, campaign, "2010-03");
        assertThat(owed(office, campaign)).containsExactly(owing.id(), later.id());
        cycles.reopen(office, campaign, "2010-03", "补充材料");
        assertThat(owed(office, campaign)).containsExactly(owing.id(), later.id());
        assertThat(cycles.missing(alxa, campaign, "2010-03"))
                .singleElement()
                .satisfies(u -> assertThat(u.name()).isEqualTo("阿拉善盟"));
        assertThat(cycles.missing(hulunbuir, campaign, "2010-03")).isEmpty();
        cycles.close(office, campaign, "2010-03");
    }

    @Test
    void anOpenCyclesMissingListFollowsTheLedgersChanges() {
        clock.set(LocalDate.of(2010, 5, 20));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser hulunbuir = fixtures.actor("呼伦贝尔市", Role.UNIT).user();
        CurrentUser alxa = fixtures.actor("阿拉善盟", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure moved = ledger.measure(office, problem, alxa.organisationId());
        Measure kept = ledger.measure(office, problem, alxa.organisationId());
        cycles.open(office, campaign, "2010-05", LocalDate.of(2010, 6, 5), Set.of(), Set.of());
        assertThat(owedBy(office, campaign, "2010-05", "阿拉善盟")).containsExactly(moved.id(), kept.id());

        Measure reassigned = measures.assign(
                office,
                moved.id(),
                moved.version(),
                new MeasureService.Assignment(hulunbuir.organisationId(), List.of(), null, null, null));
        assertThat(owedBy(office, campaign, "2010-05", "阿拉善盟")).containsExactly(kept.id());
        assertThat(owedBy(office, campaign, "2010-05", "呼伦贝尔市"))
                .as("owed by its new lead unit")
                .containsExactly(moved.id());
        assertThat(cycles.missing(hulunbuir, campaign, "2010-05"))
                .singleElement()
                .satisfies(u -> assertThat(u.measureIds()).containsExactly(moved.id()));

        Measure removed = removal.removeMeasure(office, moved.id(), reassigned.version(), "重复录入");
        assertThat(owedBy(office, campaign, "2010-05", "呼伦贝尔市")).as("removed").isEmpty();
        removal.restoreMeasure(office, moved.id(), removed.version());
        assertThat(owedBy(office, campaign, "2010-05", "呼伦贝尔市")).as("restored").containsExactly(moved.id());
        cycles.close(office, campaign, "2010-05");
    }

    private List<Long> owedBy(CurrentUser office, long campaign, String period, String unit) {
        return cycles.missing(office, campaign, period).stream()
                .filter(u -> u.name().equals(unit))
                .flatMap(u -> u.measureIds().stream())
                .sorted()
                .toList();
    }

    private ProgressReport file(CurrentUser unit, Measure measure) {
        return progress.create(unit, measure.id(), "2010-03", "三月进展", MeasureStatus.IN_PROGRESS, List.of(), true);
    }

    private List<Long> owed(CurrentUser office, long campaign) {
        return cycles.missing(office, campaign, "2010-03").stream()
                .flatMap(u -> u.measureIds().stream())
                .sorted()
                .toList();
    }
}
