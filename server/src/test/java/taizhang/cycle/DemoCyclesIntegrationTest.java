package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.ledger.Measure;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * The demo's cycles on a campaign like the seed's (measures without a lead unit), told up to 15 June
 * 2011: February to May closed, each on the 11th of the next month, June open and due on 10 July.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class DemoCyclesIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    DemoCycles demo;

    @Autowired
    CycleService cycles;

    @Test
    void closedMonthsWithALateAndAReturnedReportAndLastMonthOpen() {
        clock.set(LocalDate.of(2011, 1, 31));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser unit = fixtures.actor("锡林郭勒盟", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        List<Measure> unassigned = IntStream.range(0, DemoCycles.UNIT_MEASURES + 1)
                .mapToObj(i -> ledger.measure(office, problem, null))
                .toList();
        Measure led = ledger.measure(office, problem, fixtures.org("乌兰察布市").id());

        List<Measure> taken = demo.takeOver(office, unit, campaign);
        clock.set(LocalDate.of(2011, 6, 15));
        demo.seed(office, unit, taken, null, null, campaign, DemoCycles.openMonth(LocalDate.of(2011, 6, 15)));
        clock.resume();

        assertThat(cycles.list(office, campaign))
                .extracting(c -> c.period().label() + " " + c.status())
                .containsExactly(
                        "2011-06 OPEN", "2011-05 CLOSED", "2011-04 CLOSED", "2011-03 CLOSED", "2011-02 CLOSED");
        assertThat(cycles.get(office, campaign, "2011-03").closedAt())
                .as("closed on its day, not on the day the demo was seeded")
                .isEqualTo(LocalDate.of(2011, 4, 11)
                        .atTime(9, 30)
                        .atZone(clock.getZone())
                        .toInstant());
        assertThat(cycles.openFor(unit)).singleElement().satisfies(c -> {
            assertThat(c.period()).isEqualTo("2011-06");
            assertThat(c.daysLeft()).isEqualTo(25);
        });
        List<Long> own = unassigned.subList(0, DemoCycles.UNIT_MEASURES).stream()
                .map(Measure::id)
                .toList();
        assertThat(owed(office, campaign, "2011-06", unit))
                .as("returned, and two not yet reported")
                .containsExactly(own.get(0), own.get(4), own.get(5));
        assertThat(owed(office, campaign, "2011-04", unit))
                .as("late at the close")
                .containsExactly(own.get(1));
        assertThat(owed(office, campaign, "2011-05", unit))
                .as("returned at the close")
                .containsExactly(own.get(2));
        assertThat(cycles.missing(office, campaign, "2011-02"))
                .extracting(MissingUnit::name)
                .containsExactly("乌兰察布市")
                .as("a unit without a demo user owes every month");
        assertThat(cycles.obligations(office, campaign, "2011-06", true, 0, 50))
                .filteredOn(o -> o.measureId() == own.get(0))
                .singleElement()
                .satisfies(o -> assertThat(o.returnReason()).contains("请补充具体数据"));
        assertThat(led.leadOrgId()).isNotNull();
        cycles.close(office, campaign, "2011-06");
    }

    private List<Long> owed(CurrentUser office, long campaign, String period, CurrentUser unit) {
        return cycles.missing(office, campaign, period).stream()
                .filter(u -> u.orgId() == unit.organisationId())
                .flatMap(u -> u.measureIds().stream())
                .sorted()
                .toList();
    }
}
