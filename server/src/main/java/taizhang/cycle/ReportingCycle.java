package taizhang.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

/**
 * 调度周期: one reporting period of a campaign that the office runs — the period, the day reports
 * are due, and which measures must report: every measure not closed (销号) except those the office
 * excluded (for example 长期坚持 measures reported quarterly). Open, it takes reports; closed, it is
 * locked. Reopening is an office decision with a reason.
 */
public record ReportingCycle(
        long id,
        long campaignId,
        Cycle period,
        LocalDate dueDate,
        CycleStatus status,
        Set<Long> excludedMeasureIds,
        Instant closedAt,
        int version) {

    public ReportingCycle {
        excludedMeasureIds = Set.copyOf(excludedMeasureIds);
    }

    /**
     * A new open cycle. Cycles are months or quarters; reports cannot be due before the period
     * begins; a campaign has one cycle per period, so there is never a second open one for it
     * (a closed one is reopened instead).
     */
    static ReportingCycle open(
            long campaignId, Cycle period, LocalDate dueDate, Set<Long> excluded, List<ReportingCycle> existing) {
        if (period.kind() == Cycle.Kind.YEAR) {
            throw new InvalidRequestException("period", "调度周期按月（2026-12）或按季度（2026-Q4）设置，不能按年");
        }
        if (dueDate.isBefore(period.first())) {
            throw new InvalidRequestException(
                    "dueDate", "截止日期 " + dueDate + " 早于" + period.chinese() + "的第一天 " + period.first());
        }
        for (ReportingCycle other : existing) {
            if (other.campaignId == campaignId && other.period.equals(period)) {
                throw new RuleViolationException(period.chinese() + "的调度周期已经"
                        + (other.status == CycleStatus.OPEN ? "开启" : "关闭，如需继续填报请重新开启") + "，同一周期只能有一个");
            }
        }
        return new ReportingCycle(0, campaignId, period, dueDate, CycleStatus.OPEN, excluded, null, 0);
    }

    /** Locks the cycle as of {@code at}. */
    ReportingCycle close(Instant at) {
        if (status != CycleStatus.OPEN) {
            throw new RuleViolationException(period.chinese() + "的调度周期已经关闭");
        }
        return new ReportingCycle(id, campaignId, period, dueDate, CycleStatus.CLOSED, excludedMeasureIds, at, version);
    }

    /** Opens a closed cycle again; the reason goes to the audit trail. */
    ReportingCycle reopen(String reason) {
        if (status != CycleStatus.CLOSED) {
            throw new RuleViolationException(period.chinese() + "的调度周期没有关闭，无需重新开启");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "重新开启已关闭的调度周期必须写明理由");
        }
        return new ReportingCycle(id, campaignId, period, dueDate, CycleStatus.OPEN, excludedMeasureIds, null, version);
    }

    /** Whether an open cycle asks this measure for a report: not closed (销号) and not excluded. */
    public boolean requires(long measureId, MeasureStatus measureStatus) {
        return requires(measureStatus, excludedMeasureIds.contains(measureId));
    }

    /** The same rule where the exclusion was looked up for the one measure rather than read whole. */
    static boolean requires(MeasureStatus measureStatus, boolean excluded) {
        return measureStatus != MeasureStatus.CLOSED && !excluded;
    }

    public boolean isOpen() {
        return status == CycleStatus.OPEN;
    }

    /** Days from {@code today} to the due date: 0 on the day, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** Past the due date: a report not submitted by now is late. */
    public boolean isPastDue(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
