package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import taizhang.shared.SqlCondition;

/**
 * 预警: how urgently a measure needs chasing (盯办). The rules, in order, with the thresholds of
 * the campaign's {@link WarningRules}:
 * <ol>
 * <li>Done or closed work is GREEN: nothing to chase.</li>
 * <li>RED when the work is {@link Overdue} by more than the grace days (substantially done
 *     included: it is still not done), unless the office turned overdue red off.</li>
 * <li>RED when it has missed the red number of the reporting cycles it owed (default three).</li>
 * <li>YELLOW when the deadline is at most the due-soon days away (default 14), or has passed.</li>
 * <li>YELLOW when it has missed the yellow number of the reporting cycles it owed (default one).</li>
 * <li>YELLOW when an assigned unit has not signed for it (签收) within the unsigned days of its
 *     assignment (default three).</li>
 * <li>Otherwise GREEN.</li>
 * </ol>
 * A measure never reported counts its silence from when it entered the ledger. Lag against an
 * indicator's plan ({@link #withPlanLag}) can only make unfinished work more urgent.
 */
public enum WarningLevel {
    GREEN("绿"),
    YELLOW("黄"),
    RED("红");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WarningLevel of(
            MeasureStatus status,
            LocalDate deadline,
            Instant lastAccepted,
            Instant created,
            Instant unsignedSince,
            Instant now,
            ZoneId zone,
            WarningRules rules) {
        if (status.isFinished()) {
            return GREEN;
        }
        WarningSettings settings = rules.settings();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant quietSince = lastAccepted != null ? lastAccepted : created;
        boolean overdueRed = settings.overdueRed() && Overdue.is(status, deadline, rules.overdueRedAsOf(today));
        if (overdueRed || rules.missed(settings.missedCyclesRed(), quietSince, now, zone)) {
            return RED;
        }
        boolean dueSoon = deadline != null && !deadline.isAfter(rules.dueSoonBy(today));
        boolean unsigned = unsignedSince != null && !unsignedSince.isAfter(rules.unsignedBy(now));
        if (dueSoon || unsigned || rules.missed(settings.missedCyclesYellow(), quietSince, now, zone)) {
            return YELLOW;
        }
        return GREEN;
    }

    /**
     * The level once lag against plan is taken in: the more urgent of the two for unfinished work,
     * while finished work stays as the rules put it (green).
     */
    public static WarningLevel withPlanLag(MeasureStatus status, WarningLevel level, WarningLevel planLag) {
        if (status.isFinished() || planLag == null || planLag.compareTo(level) <= 0) {
            return level;
        }
        return planLag;
    }

    /**
     * These rules with {@link #withPlanLag} in SQL, as an expression giving the level's name, over
     * a measure aliased {@code m} whose stored lag against plan is {@code m.plan_lag}.
     */
    public static SqlCondition sql(WarningRules rules, Instant now, ZoneId zone) {
        WarningSettings settings = rules.settings();
        LocalDate today = LocalDate.ofInstant(now, zone);
        SqlCondition finished = MeasureStatus.finishedSql("m.status");
        Map<String, Object> params = new HashMap<>(finished.params());
        String red = "m.plan_lag = 'RED'";
        if (settings.overdueRed()) {
            SqlCondition overdue = Overdue.sql(rules.overdueRedAsOf(today));
            params.putAll(overdue.params());
            red += " or (" + overdue.sql() + ")";
        }
        red += missedSql(rules.missedSql(settings.missedCyclesRed(), "silentRed", now, zone), params);
        String yellow = "m.plan_lag = 'YELLOW' or m.deadline <= :dueSoonBy";
        params.put("dueSoonBy", rules.dueSoonBy(today));
        yellow += " or m.unsigned_since <= :unsignedBy";
        params.put("unsignedBy", taizhang.shared.Jdbc.utc(rules.unsignedBy(now)));
        yellow += missedSql(rules.missedSql(settings.missedCyclesYellow(), "silentYellow", now, zone), params);
        return new SqlCondition(
                "case when " + finished.sql() + " then 'GREEN' when " + red + " then 'RED' when " + yellow
                        + " then 'YELLOW' else 'GREEN' end",
                params);
    }

    private static String missedSql(Optional<SqlCondition> missed, Map<String, Object> params) {
        if (missed.isEmpty()) {
            return "";
        }
        params.putAll(missed.get().params());
        return " or " + missed.get().sql();
    }
}
