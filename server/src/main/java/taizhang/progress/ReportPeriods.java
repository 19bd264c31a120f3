package taizhang.progress;

import java.time.LocalDate;
import taizhang.shared.Cycle;
import taizhang.shared.RuleViolationException;

/**
 * Which periods a report may be filed for, as of a day: never one that has not begun; a unit
 * files for the current period, and for an earlier one only when the office has decided on a
 * 补报 for it.
 */
final class ReportPeriods {

    private ReportPeriods() {
    }

    /** Refuses a period that begins after {@code today}. */
    static Cycle notFuture(String label, LocalDate today) {
        Cycle period = Cycle.parse("period", label);
        if (period.first().isAfter(today)) {
            throw new RuleViolationException("不能填报尚未开始的周期：" + period.chinese() + "（今天是 " + today + "）");
        }
        return period;
    }

    /** The period a unit may file for: the current one, or an earlier one the office opened for it. */
    static Cycle forUnit(String label, LocalDate today, boolean backfillAllowed) {
        Cycle period = notFuture(label, today);
        if (period.last().isBefore(today) && !backfillAllowed) {
            throw new RuleViolationException(period.chinese() + "已经结束：补报以往周期须由整改办同意");
        }
        return period;
    }
}
