package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * 预警: how urgently a measure needs chasing (盯办). The rules, in order:
 * <ol>
 * <li>Done or closed work is GREEN: nothing to chase.</li>
 * <li>RED when the work is {@link Overdue} (substantially done included: it is still not done).</li>
 * <li>RED when no report has been accepted for {@value #STALE_RED_DAYS} days: three monthly
 *     cycles missed.</li>
 * <li>YELLOW when the deadline is at most {@value #DUE_SOON_DAYS} days away.</li>
 * <li>YELLOW when no report has been accepted for {@value #STALE_YELLOW_DAYS} days: a monthly
 *     cycle missed.</li>
 * <li>YELLOW when an assigned unit has not signed for it (签收) within {@value #UNSIGNED_YELLOW_DAYS}
 *     days of its assignment.</li>
 * <li>Otherwise GREEN.</li>
 * </ol>
 * A measure never reported counts its silence from when it entered the ledger.
 */
public enum WarningLevel {
    GREEN("绿"),
    YELLOW("黄"),
    RED("红");

    static final int DUE_SOON_DAYS = 14;
    static final int STALE_YELLOW_DAYS = 45;
    static final int STALE_RED_DAYS = 90;
    static final int UNSIGNED_YELLOW_DAYS = 3;

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WarningLevel of(
            MeasureStatus status, LocalDate deadline, Instant lastAccepted, Instant created, Instant now, ZoneId zone) {
        return of(status, deadline, lastAccepted, created, null, now, zone);
    }

    /** @param unsignedSince when the earliest assignment still unsigned was made; null when all are signed */
    public static WarningLevel of(
            MeasureStatus status,
            LocalDate deadline,
            Instant lastAccepted,
            Instant created,
            Instant unsignedSince,
            Instant now,
            ZoneId zone) {
        if (status.isFinished()) {
            return GREEN;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant quietSince = lastAccepted != null ? lastAccepted : created;
        long quietDays = quietSince == null ? 0 : ChronoUnit.DAYS.between(quietSince, now);
        if (Overdue.is(status, deadline, today) || quietDays >= STALE_RED_DAYS) {
            return RED;
        }
        if (deadline != null && ChronoUnit.DAYS.between(today, deadline) <= DUE_SOON_DAYS
                || quietDays >= STALE_YELLOW_DAYS
                || unsignedSince != null && ChronoUnit.DAYS.between(unsignedSince, now) >= UNSIGNED_YELLOW_DAYS) {
            return YELLOW;
        }
        return GREEN;
    }
}
