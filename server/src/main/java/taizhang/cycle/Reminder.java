package taizhang.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 催报: the office reminded a unit that it owes reports for a cycle. It stays with the unit (and
 * carries a read mark) so 我的任务, and later an inbox, can show it.
 */
public record Reminder(
        long id,
        long campaignId,
        String period,
        LocalDate dueDate,
        long orgId,
        int measureCount,
        String message,
        String sentBy,
        Instant sentAt,
        Instant readAt) {}
