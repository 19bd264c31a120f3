package taizhang.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import taizhang.ledger.WarningLevel;

/**
 * 计划进度滞后: lag of an indicator against its plan, the rule some offices use — red until caught
 * up, then yellow until the next cycle confirms it. Followed day by day through the readings as
 * they were recorded:
 * <ul>
 * <li>BEHIND (red) whenever the latest figure (the last in {@link Reading#TIME_ORDER} among those
 *     recorded by then; none counts as zero) is below the share the plan asks for that day;</li>
 * <li>CAUGHT_UP (yellow) when a behind indicator's latest figure meets the plan again;</li>
 * <li>back ON_PLAN (green) when a cycle's due date after the catch-up passes with the figure
 *     still meeting the plan. A campaign that runs no cycles confirms at each month's end.</li>
 * </ul>
 * An indicator without a target (or a zero one) cannot lag.
 */
public final class PlanLag {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private enum State {
        ON_PLAN,
        BEHIND,
        CAUGHT_UP
    }

    private PlanLag() {}

    /** The lag as of {@code today}: RED behind, YELLOW caught up and not yet confirmed, GREEN on plan. */
    public static WarningLevel of(
            Indicator indicator,
            IndicatorPlan plan,
            List<Reading> readings,
            List<LocalDate> cycleDueDates,
            LocalDate today,
            ZoneId zone) {
        BigDecimal target = indicator.target();
        if (target == null || target.signum() == 0) {
            return WarningLevel.GREEN;
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        readings.forEach(r -> days.add(recorded(r, zone)));
        List<LocalDate> confirmations = cycleDueDates.isEmpty() ? monthEnds(days, today) : cycleDueDates;
        days.addAll(confirmations);
        days.add(today);
        State state = State.ON_PLAN;
        LocalDate caughtUpOn = null;
        for (LocalDate day : days.headSet(today, true)) {
            // Just before the day's figures: a plan that rose past the last figure shows here.
            boolean behind = behind(indicator, plan, latest(readings, day.minusDays(1), zone), day);
            if (behind) {
                state = State.BEHIND;
            }
            behind = behind(indicator, plan, latest(readings, day, zone), day);
            if (behind) {
                state = State.BEHIND;
            } else if (state == State.BEHIND) {
                state = State.CAUGHT_UP;
                caughtUpOn = day;
            }
            if (state == State.CAUGHT_UP
                    && confirmations.contains(day)
                    && day.isAfter(caughtUpOn)
                    && day.isBefore(today)) {
                state = State.ON_PLAN;
            }
        }
        return switch (state) {
            case BEHIND -> WarningLevel.RED;
            case CAUGHT_UP -> WarningLevel.YELLOW;
            case ON_PLAN -> WarningLevel.GREEN;
        };
    }

    private static boolean behind(Indicator indicator, IndicatorPlan plan, Optional<Reading> latest, LocalDate day) {
        BigDecimal value = latest.map(Reading::value).orElse(BigDecimal.ZERO);
        BigDecimal planned = plan.plannedShare(day).multiply(indicator.target());
        return value.multiply(HUNDRED).compareTo(planned) < 0;
    }

    private static Optional<Reading> latest(List<Reading> readings, LocalDate asOf, ZoneId zone) {
        return Indicator.latest(
                readings.stream().filter(r -> !recorded(r, zone).isAfter(asOf)).toList());
    }

    private static LocalDate recorded(Reading r, ZoneId zone) {
        return LocalDate.ofInstant(r.recordedAt(), zone);
    }

    private static List<LocalDate> monthEnds(TreeSet<LocalDate> days, LocalDate today) {
        List<LocalDate> ends = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(days.isEmpty() ? today : days.first());
                !m.atEndOfMonth().isAfter(today);
                m = m.plusMonths(1)) {
            ends.add(m.atEndOfMonth());
        }
        return ends;
    }
}
