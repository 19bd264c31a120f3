package taizhang.progress;

import java.time.LocalDate;
import taizhang.shared.Cycle;
import taizhang.shared.RuleViolationException;

/**
 * Which periods a report may be filed for, as of a day: never one that has not begun; a unit
 * files for the current period, for an earlier one while an open cycle (调度周期) asks for it, or
 * when the office has decided on a 补报 for it. A closed cycle locks its period's reports.
 */
final class ReportPeriods {

    private ReportPeriods() {}

    /** Refuses a period that begins after {@code today}. */
    static Cycle notFuture(String label, LocalDate today) {
        Cycle period = Cycle.parse("period", label);
        if (period.first().isAfter(today)) {
            throw new RuleViolationException("不能填报尚未开始的周期：" + period.chinese() + "（今天是 " + today + "）");
        }
        return period;
    }

    /**
     * The period a unit may file for: the current one, or an earlier one the office opened to it by
     * a 补报 decision or a cycle still open; never one a closed cycle has locked.
     */
    static Cycle forUnit(String label, LocalDate today, boolean backfillAllowed, CycleGate.Stance stance) {
        Cycle period = notFuture(label, today);
        notLocked(period, stance);
        if (period.last().isBefore(today) && !backfillAllowed && stance != CycleGate.Stance.OPEN) {
            throw new RuleViolationException(period.chinese() + "已经结束：补报以往周期须由整改办同意");
        }
        return period;
    }

    /** Refuses any change to a report of a period whose cycle the office has closed for the measure. */
    static void notLocked(Cycle period, CycleGate.Stance stance) {
        if (stance == CycleGate.Stance.CLOSED) {
            throw new RuleViolationException(period.chinese() + "的调度周期已经关闭，本期报告不能再填报、修改、提交或审核；" + "如需更正，请整改办重新开启该周期");
        }
    }
}
