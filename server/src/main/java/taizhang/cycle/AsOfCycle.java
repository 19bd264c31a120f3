package taizhang.cycle;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.RuleViolationException;

/**
 * What a notice or statistics sheet "as of a cycle" stands on: the period asked for (a month, or a
 * quarter for 季通报), the closed cycles of it, and the one whose snapshot gives the figures — the
 * closed quarterly cycle itself, else the latest closed month of the quarter.
 *
 * @param cycleId the cycle whose snapshot is read
 * @param basis that cycle's period
 * @param closedAt when that cycle closed: the moment the figures stand at
 * @param closedCycles every closed cycle of the period asked for, earliest first
 */
public record AsOfCycle(
        long campaignId, long cycleId, Cycle asked, Cycle basis, Instant closedAt, List<Cycle> closedCycles) {

    public AsOfCycle {
        closedCycles = List.copyOf(closedCycles);
    }

    /**
     * The basis of {@code asked} among a campaign's cycles. A month needs its own cycle closed; a
     * quarter its quarterly cycle closed or at least one of its months; a year is refused.
     */
    static AsOfCycle of(Cycle asked, List<ReportingCycle> cycles) {
        if (asked.kind() == Cycle.Kind.YEAR) {
            throw new InvalidRequestException("cycle", "按调度周期生成请选择月份（2026-12）或季度（2026-Q4），不能按年");
        }
        ReportingCycle own = cycles.stream()
                .filter(c -> c.period().equals(asked))
                .findFirst()
                .orElse(null);
        if (own != null && !own.isOpen()) {
            return new AsOfCycle(own.campaignId(), own.id(), asked, asked, own.closedAt(), List.of(asked));
        }
        if (asked.kind() == Cycle.Kind.MONTH) {
            if (own == null) {
                throw new NotFoundException("找不到" + asked.chinese() + "的调度周期（本任务尚未开启该周期）");
            }
            throw new RuleViolationException(asked.chinese() + "的调度周期尚未关闭，关闭后才能按该周期生成通报和统计");
        }
        List<ReportingCycle> months = cycles.stream()
                .filter(c -> !c.isOpen() && c.period().kind() == Cycle.Kind.MONTH)
                .filter(c -> !c.period().first().isBefore(asked.first())
                        && !c.period().last().isAfter(asked.last()))
                .sorted(Comparator.comparing(ReportingCycle::period))
                .toList();
        if (months.isEmpty()) {
            throw new RuleViolationException(asked.chinese() + "还没有已关闭的调度周期（季度或其中的月份），无法生成季度通报");
        }
        ReportingCycle latest = months.get(months.size() - 1);
        return new AsOfCycle(
                latest.campaignId(),
                latest.id(),
                asked,
                latest.period(),
                latest.closedAt(),
                months.stream().map(ReportingCycle::period).toList());
    }

    /** How a notice names its basis: 据2026年10月、2026年11月、2026年12月调度（2026年12月调度关闭时）. */
    public String description() {
        String names =
                String.join("、", closedCycles.stream().map(Cycle::chinese).toList());
        return asked.equals(basis) ? asked.chinese() + "调度关闭时" : "据" + names + "调度，以" + basis.chinese() + "调度关闭时为准";
    }
}
