package taizhang.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import taizhang.shared.SqlCondition;

/**
 * 逾期: a measure whose deadline has passed while it is not finished ({@link MeasureStatus#isFinished}).
 * Substantially done work is overdue too: it is not done. A deadline passes when its day is over,
 * so a measure due today is not yet overdue; one without a deadline never is. Days are those of
 * the server's clock: a campaign has no zone of its own, and warnings, pages and counts all take
 * "today" from {@link #today}. The dashboard's count, the ledger's 逾期 filter and tags, the
 * unit's cards and the red warning all follow this class.
 */
public final class Overdue {

    /** The statuses overdue work can have. */
    public static final Set<MeasureStatus> STATUSES =
            Set.copyOf(EnumSet.complementOf(EnumSet.copyOf(MeasureStatus.FINISHED)));

    private Overdue() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    public static boolean is(MeasureStatus status, LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today) && !status.isFinished();
    }

    /** The latest deadline overdue work can have today, for filters that take a deadline range. */
    public static LocalDate lastDeadline(LocalDate today) {
        return today.minusDays(1);
    }

    /** This rule in SQL, over a measure aliased {@code m}. */
    public static SqlCondition sql(LocalDate today) {
        SqlCondition finished = MeasureStatus.finishedSql("m.status");
        Map<String, Object> params = new HashMap<>(finished.params());
        params.put("overdueBefore", today);
        return new SqlCondition("m.deadline < :overdueBefore and not (" + finished.sql() + ")", params);
    }
}
