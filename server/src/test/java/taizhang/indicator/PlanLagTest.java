package taizhang.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static taizhang.ledger.WarningLevel.GREEN;
import static taizhang.ledger.WarningLevel.RED;
import static taizhang.ledger.WarningLevel.YELLOW;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.ledger.WarningLevel;
import taizhang.shared.InvalidRequestException;

/**
 * Lag against plan through a whole year of monthly cycles (due on the 25th), on a clock moved
 * day by day: red until caught up, then yellow until the next cycle confirms it.
 */
class PlanLagTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Indicator INDICATOR = new Indicator(1, 1, 1L, "新增就业", "人", BigDecimal.valueOf(100), null, 0);
    private static final IndicatorPlan QUARTERS = new IndicatorPlan(
            1,
            null,
            null,
            List.of(share("2025-Q1", 25), share("2025-Q2", 50), share("2025-Q3", 75), share("2025-Q4", 100)));
    private static final List<LocalDate> MONTHLY_CYCLES = monthly(2025);

    private static IndicatorPlan.Share share(String period, int percent) {
        return new IndicatorPlan.Share(period, BigDecimal.valueOf(percent));
    }

    private static List<LocalDate> monthly(int year) {
        List<LocalDate> dues = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            dues.add(LocalDate.of(year, month, 25));
        }
        return dues;
    }

    private static Reading reading(long id, String period, int value, LocalDate recorded) {
        Instant at = recorded.atTime(LocalTime.of(10, 0)).atZone(BEIJING).toInstant();
        return new Reading(id, 1, period, BigDecimal.valueOf(value), "报告", null, at);
    }

    /** The lag on each day of the year as a clock set to that day sees it, kept where it changes. */
    private static Map<LocalDate, WarningLevel> throughTheYear(
            IndicatorPlan plan, List<Reading> readings, List<LocalDate> cycles) {
        Map<LocalDate, WarningLevel> changes = new LinkedHashMap<>();
        WarningLevel previous = null;
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
            Clock clock = Clock.fixed(day.atTime(LocalTime.NOON).atZone(BEIJING).toInstant(), BEIJING);
            Instant now = clock.instant();
            List<Reading> known =
                    readings.stream().filter(r -> !r.recordedAt().isAfter(now)).toList();
            WarningLevel lag = PlanLag.of(INDICATOR, plan, known, cycles, LocalDate.now(clock), clock.getZone());
            if (lag != previous) {
                changes.put(day, lag);
                previous = lag;
            }
        }
        return changes;
    }

    @Test
    void redUntilCaughtUpThenYellowUntilTheNextCycleConfirms() {
        List<Reading> readings = List.of(
                reading(1, "2025-03", 30, LocalDate.of(2025, 3, 28)),
                reading(2, "2025-06", 45, LocalDate.of(2025, 7, 3)),
                reading(3, "2025-07", 55, LocalDate.of(2025, 7, 20)),
                reading(4, "2025-09", 60, LocalDate.of(2025, 9, 20)),
                reading(5, "2025-10", 80, LocalDate.of(2025, 10, 26)),
                reading(6, "2025-12", 100, LocalDate.of(2025, 12, 20)));
        assertThat(throughTheYear(QUARTERS, readings, MONTHLY_CYCLES))
                .containsExactly(
                        Map.entry(LocalDate.of(2025, 1, 1), GREEN),
                        // Q2's half is due from 1 July; 30 and then 45 are behind it.
                        Map.entry(LocalDate.of(2025, 7, 1), RED),
                        Map.entry(LocalDate.of(2025, 7, 20), YELLOW),
                        // The cycle due on 25 July passes with the figure on plan.
                        Map.entry(LocalDate.of(2025, 7, 26), GREEN),
                        Map.entry(LocalDate.of(2025, 10, 1), RED),
                        // Caught up after October's due date: November's confirms it.
                        Map.entry(LocalDate.of(2025, 10, 26), YELLOW),
                        Map.entry(LocalDate.of(2025, 11, 26), GREEN));
    }

    @Test
    void fallingBehindAgainBeforeConfirmationIsRedAgain() {
        List<Reading> readings = List.of(
                reading(1, "2025-03", 20, LocalDate.of(2025, 4, 2)),
                reading(2, "2025-04", 26, LocalDate.of(2025, 4, 24)));
        Map<LocalDate, WarningLevel> year = throughTheYear(QUARTERS, readings, MONTHLY_CYCLES);
        assertThat(year)
                .containsEntry(LocalDate.of(2025, 4, 1), RED)
                .containsEntry(LocalDate.of(2025, 4, 24), YELLOW)
                .containsEntry(LocalDate.of(2025, 4, 26), GREEN)
                .containsEntry(LocalDate.of(2025, 7, 1), RED);
    }

    @Test
    void aTargetDatePlanRisesEvenly() {
        IndicatorPlan even = new IndicatorPlan(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of());
        assertThat(even.plannedShare(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("0");
        assertThat(even.plannedShare(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("100");
        assertThat(even.plannedShare(LocalDate.of(2025, 7, 2)).intValue()).isEqualTo(50);
        // 50 by the end of June is on plan then, and behind once the year is more than half gone.
        List<Reading> readings = List.of(reading(1, "2025-06", 50, LocalDate.of(2025, 6, 30)));
        Map<LocalDate, WarningLevel> year = throughTheYear(even, readings, MONTHLY_CYCLES);
        assertThat(year.get(LocalDate.of(2025, 1, 2))).isEqualTo(RED);
        // On 2 July the plan asks for exactly half; a day later for more.
        assertThat(year).containsEntry(LocalDate.of(2025, 6, 30), YELLOW).containsEntry(LocalDate.of(2025, 7, 3), RED);
    }

    @Test
    void withoutCyclesTheMonthsEndConfirms() {
        List<Reading> readings = List.of(
                reading(1, "2025-06", 45, LocalDate.of(2025, 7, 3)),
                reading(2, "2025-07", 55, LocalDate.of(2025, 7, 20)));
        Map<LocalDate, WarningLevel> year = throughTheYear(QUARTERS, readings, List.of());
        assertThat(year)
                .containsEntry(LocalDate.of(2025, 7, 20), YELLOW)
                .containsEntry(LocalDate.of(2025, 8, 1), GREEN);
    }

    @Test
    void anIndicatorWithoutTargetNeverLags() {
        Indicator untargeted = new Indicator(1, 1, 1L, "宣讲", "场", null, null, 0);
        assertThat(PlanLag.of(untargeted, QUARTERS, List.of(), MONTHLY_CYCLES, LocalDate.of(2025, 12, 1), BEIJING))
                .isEqualTo(GREEN);
    }

    @Test
    void aPlanIsATargetDateOrSharesAndSharesNeverFall() {
        assertThatThrownBy(() -> new IndicatorPlan(1, null, null, List.of()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new IndicatorPlan(1, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), List.of()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new IndicatorPlan(1, null, null, List.of(share("2025-Q2", 50), share("2025-Q1", 60))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("不能低于");
        assertThatThrownBy(() -> new IndicatorPlan(1, null, null, List.of(share("2025-13", 50))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new IndicatorPlan(1, null, null, List.of(share("2025-Q1", 120))))
                .isInstanceOf(InvalidRequestException.class);
    }
}
