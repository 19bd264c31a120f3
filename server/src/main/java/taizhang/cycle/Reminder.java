package taizhang.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 催报: the office reminded a unit that it owes reports for a cycle. It stays with the unit so
 * 我的任务 can show it; each of the unit's users reads it, and marks it read, in the inbox.
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
        Instant sentAt) {}
