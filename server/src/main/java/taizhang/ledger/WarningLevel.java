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
 * <li>RED when it has missed the red number of reporting cycles (default three).</li>
 * <li>YELLOW when the deadline is at most the due-soon days away (default 14), or has passed.</li>
 * <li>YELLOW when it has missed the yellow number of reporting cycles (default one).</li>
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
        if (overdueRed || silent(quietSince, rules.silentSince(settings.missedCyclesRed(), now, zone))) {
            return RED;
        }
        boolean dueSoon = deadline != null && !deadline.isAfter(rules.dueSoonBy(today));
        boolean unsigned = unsignedSince != null && !unsignedSince.isAfter(rules.unsignedBy(now));
        if (dueSoon || unsigned || silent(quietSince, rules.silentSince(settings.missedCyclesYellow(), now, zone))) {
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
        red += silentSql("silentRed", rules.silentSince(settings.missedCyclesRed(), now, zone), params);
        String yellow = "m.plan_lag = 'YELLOW' or m.deadline <= :dueSoonBy";
        params.put("dueSoonBy", rules.dueSoonBy(today));
        yellow += " or m.unsigned_since <= :unsignedBy";
        params.put("unsignedBy", taizhang.shared.Jdbc.utc(rules.unsignedBy(now)));
        yellow += silentSql("silentYellow", rules.silentSince(settings.missedCyclesYellow(), now, zone), params);
        return new SqlCondition(
                "case when " + finished.sql() + " then 'GREEN' when " + red + " then 'RED' when " + yellow
                        + " then 'YELLOW' else 'GREEN' end",
                params);
    }

    private static boolean silent(Instant quietSince, Optional<Instant> since) {
        return quietSince != null && since.isPresent() && !quietSince.isAfter(since.get());
    }

    private static String silentSql(String name, Optional<Instant> since, Map<String, Object> params) {
        if (since.isEmpty()) {
            return "";
        }
        params.put(name, taizhang.shared.Jdbc.utc(since.get()));
        return " or coalesce(m.last_accepted_at, m.created_at) <= :" + name;
    }
}
