package taizhang.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;

/**
 * 计划进度: how far an indicator should have got by a given day, as a share (percent) of its
 * target. Either a target date — the share rises evenly from 0 on {@code startsOn} to 100 on
 * {@code targetDate} — or planned shares by the end of periods ({@code 2026-Q1} 25, {@code 2026-Q2}
 * 50…), where the plan asks for a period's share once the period is over.
 */
public record IndicatorPlan(long indicatorId, LocalDate startsOn, LocalDate targetDate, List<Share> shares) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The share (percent of the target) planned by the end of a period. */
    public record Share(String period, BigDecimal percent) {}

    public IndicatorPlan {
        shares = shares == null
                ? List.of()
                : shares.stream()
                        .sorted(Comparator.comparing(s -> Cycle.parse("shares", s.period())))
                        .toList();
        if (targetDate != null && !shares.isEmpty()) {
            throw new InvalidRequestException("shares", "计划只能是目标日期或分期计划中的一种");
        }
        if (targetDate == null && shares.isEmpty()) {
            throw new InvalidRequestException("targetDate", "请填写目标日期，或按周期填写计划完成比例");
        }
        if (targetDate != null && (startsOn == null || !startsOn.isBefore(targetDate))) {
            throw new InvalidRequestException("startsOn", "按目标日期计划时，开始日期必填且须早于目标日期");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (Share s : shares) {
            Cycle.parse("shares", s.period());
            if (s.percent() == null || s.percent().signum() < 0 || s.percent().compareTo(HUNDRED) > 0) {
                throw new InvalidRequestException("shares", s.period() + " 的计划完成比例应在 0 到 100 之间");
            }
            if (s.percent().compareTo(previous) < 0) {
                throw new InvalidRequestException("shares", s.period() + " 的计划完成比例不能低于前一周期");
            }
            previous = s.percent();
        }
        if (shares.stream().map(Share::period).distinct().count() < shares.size()) {
            throw new InvalidRequestException("shares", "同一周期只能有一个计划完成比例");
        }
    }

    /** The plan as a page states it: {@code 2025-01-01 起，2025-12-31 完成} or {@code 2025-Q1 25%，2025-Q2 50%}. */
    public String describe() {
        if (targetDate != null) {
            return startsOn + " 起，" + targetDate + " 完成";
        }
        return String.join(
                "，",
                shares.stream()
                        .map(s -> s.period() + " "
                                + s.percent().stripTrailingZeros().toPlainString() + "%")
                        .toList());
    }

    /** The share (percent of the target) planned by {@code day}. */
    public BigDecimal plannedShare(LocalDate day) {
        if (targetDate != null) {
            if (!day.isAfter(startsOn)) {
                return BigDecimal.ZERO;
            }
            if (!day.isBefore(targetDate)) {
                return HUNDRED;
            }
            long done = ChronoUnit.DAYS.between(startsOn, day);
            long all = ChronoUnit.DAYS.between(startsOn, targetDate);
            return HUNDRED.multiply(BigDecimal.valueOf(done)).divide(BigDecimal.valueOf(all), MathContext.DECIMAL64);
        }
        BigDecimal planned = BigDecimal.ZERO;
        for (Share s : shares) {
            if (Cycle.parse("shares", s.period()).last().isBefore(day)) {
                planned = s.percent();
            }
        }
        return planned;
    }
}
