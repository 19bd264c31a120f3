package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.RuleViolationException;

class AsOfCycleTest {

    private static final Instant CLOSED = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aQuarterStandsOnItsLatestClosedMonth() {
        List<ReportingCycle> cycles =
                List.of(closed(1, "2026-10"), closed(2, "2026-11"), open(3, "2026-12"), closed(4, "2026-09"));
        AsOfCycle q4 = AsOfCycle.of(Cycle.parse("cycle", "2026-Q4"), cycles);
        assertThat(q4.cycleId()).isEqualTo(2);
        assertThat(q4.basis().label()).isEqualTo("2026-11");
        assertThat(q4.closedCycles()).extracting(Cycle::label).containsExactly("2026-10", "2026-11");
        assertThat(q4.description()).isEqualTo("据2026年10月、2026年11月调度，以2026年11月调度关闭时为准");
    }

    @Test
    void aClosedQuarterlyCycleIsItsOwnBasis() {
        AsOfCycle q4 =
                AsOfCycle.of(Cycle.parse("cycle", "2026-Q4"), List.of(closed(1, "2026-12"), closed(7, "2026-Q4")));
        assertThat(q4.cycleId()).isEqualTo(7);
        assertThat(q4.description()).isEqualTo("2026年第四季度调度关闭时");
    }

    @Test
    void refusesAMonthNotClosedAQuarterWithoutAClosedCycleAndAYear() {
        List<ReportingCycle> cycles = List.of(open(3, "2026-12"));
        assertThatThrownBy(() -> AsOfCycle.of(Cycle.parse("cycle", "2026-12"), cycles))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> AsOfCycle.of(Cycle.parse("cycle", "2026-11"), cycles))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsOfCycle.of(Cycle.parse("cycle", "2026-Q4"), cycles))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> AsOfCycle.of(Cycle.parse("cycle", "2026"), cycles))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void offersClosedCyclesAndTheirQuartersLatestFirst() {
        assertThat(ClosedChoices.of(List.of(closed(1, "2026-10"), closed(2, "2026-11"), open(3, "2026-12"))))
                .extracting(Cycle::label)
                .containsExactly("2026-Q4", "2026-11", "2026-10");
    }

    private static ReportingCycle closed(long id, String period) {
        Cycle p = Cycle.parse("period", period);
        return new ReportingCycle(id, 1, p, p.last().plusDays(5), CycleStatus.CLOSED, Set.of(), CLOSED, 1);
    }

    private static ReportingCycle open(long id, String period) {
        Cycle p = Cycle.parse("period", period);
        return new ReportingCycle(id, 1, p, LocalDate.of(2027, 1, 5), CycleStatus.OPEN, Set.of(), null, 0);
    }
}
