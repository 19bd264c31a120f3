package taizhang.cycle;

import java.time.LocalDate;
import java.util.Set;

/** What 我的任务 shows of an open cycle; {@code daysLeft} is negative once the due date has passed. */
public record OpenCycle(
        long campaignId,
        String campaign,
        String period,
        String name,
        LocalDate dueDate,
        long daysLeft,
        Set<Long> excludedMeasureIds) {

    /** Whether the cycle asks this measure of its campaign for a report (closed measures are not listed). */
    public boolean asks(long measureCampaignId, long measureId) {
        return campaignId == measureCampaignId && !excludedMeasureIds.contains(measureId);
    }

    public String dueText() {
        return daysLeft > 0 ? "还剩 " + daysLeft + " 天" : daysLeft == 0 ? "今天截止" : "已逾期 " + -daysLeft + " 天";
    }
}
