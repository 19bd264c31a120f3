package taizhang.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.shared.SqlCondition;

/**
 * A campaign's warning settings, the due dates of its cycles, the measures' stored lag against
 * plan, and the set-based forms of the recomputation: a count of what would move, and the move.
 */
@Repository
class WarningRulesRepository {

    private final JdbcClient jdbc;

    WarningRulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WarningSettings> settings(long campaignId) {
        return jdbc.sql("select * from campaign_warning_settings where campaign_id = :c")
                .param("c", campaignId)
                .query((rs, n) -> new WarningSettings(
                        rs.getInt("due_soon_days"),
                        rs.getBoolean("overdue_red"),
                        rs.getInt("overdue_grace_days"),
                        rs.getInt("missed_cycles_yellow"),
                        rs.getInt("missed_cycles_red"),
                        rs.getInt("unsigned_days")))
                .optional();
    }

    void save(long campaignId, WarningSettings s, String by, Instant at) {
        int updated = jdbc.sql("""
                update campaign_warning_settings set due_soon_days = :dueSoon, overdue_red = :overdueRed,
                    overdue_grace_days = :grace, missed_cycles_yellow = :yellow, missed_cycles_red = :red,
                    unsigned_days = :unsigned, updated_by = :by, updated_at = :at
                where campaign_id = :c""").params(params(campaignId, s, by, at)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into campaign_warning_settings (campaign_id, due_soon_days, overdue_red, overdue_grace_days,
                        missed_cycles_yellow, missed_cycles_red, unsigned_days, updated_by, updated_at)
                    values (:c, :dueSoon, :overdueRed, :grace, :yellow, :red, :unsigned, :by, :at)""").params(params(campaignId, s, by, at)).update();
        }
    }

    private static Map<String, Object> params(long campaignId, WarningSettings s, String by, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("c", campaignId);
        p.put("dueSoon", s.dueSoonDays());
        p.put("overdueRed", s.overdueRed());
        p.put("grace", s.overdueGraceDays());
        p.put("yellow", s.missedCyclesYellow());
        p.put("red", s.missedCyclesRed());
        p.put("unsigned", s.unsignedDays());
        p.put("by", by);
        p.put("at", Jdbc.utc(at));
        return p;
    }

    /** The campaign's reporting cycles, open or closed, each taken as owed (see {@link WarningRules#owedBy}). */
    List<DueCycle> cycles(long campaignId) {
        return jdbc.sql("select id, due_date, status, last_measure_id from cycle_due_date_view where campaign_id = :c")
                .param("c", campaignId)
                .query((rs, n) -> new DueCycle(
                        rs.getLong("id"),
                        Jdbc.date(rs, "due_date"),
                        "OPEN".equals(rs.getString("status")),
                        rs.getLong("last_measure_id"),
                        true))
                .list();
    }

    /** Of these cycles, the ones each of these measures owed, by measure id; measures that owed none are left out. */
    Map<Long, Set<Long>> owedCycles(Collection<Long> measureIds, List<DueCycle> cycles) {
        Map<Long, Set<Long>> owed = new HashMap<>();
        if (measureIds.isEmpty() || cycles.isEmpty()) {
            return owed;
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < cycles.size(); i++) {
            SqlCondition term = cycles.get(i).owedSql("cycle" + i);
            params.putAll(term.params());
            columns.append(", ").append(term.asCount()).append(" as owed").append(i);
        }
        jdbc.sql("select m.id" + columns + " from measure m where m.id in (:ids)")
                .params(params)
                .param("ids", measureIds)
                .query(rs -> {
                    for (int i = 0; i < cycles.size(); i++) {
                        if (rs.getInt("owed" + i) == 1) {
                            owed.computeIfAbsent(rs.getLong("id"), id -> new HashSet<>())
                                    .add(cycles.get(i).id());
                        }
                    }
                });
        return owed;
    }

    List<Long> campaignIds() {
        return jdbc.sql("select id from campaign order by id").query(Long.class).list();
    }

    /** The measure's stored lag against plan; null when it has no plan. */
    WarningLevel planLag(long measureId) {
        return jdbc.sql("select plan_lag from measure where id = :id")
                .param("id", measureId)
                .query(String.class)
                .optional()
                .map(WarningLevel::valueOf)
                .orElse(null);
    }

    Map<Long, WarningLevel> planLags(Collection<Long> measureIds) {
        Map<Long, WarningLevel> lags = new HashMap<>();
        if (measureIds.isEmpty()) {
            return lags;
        }
        jdbc.sql("select id, plan_lag from measure where id in (:ids) and plan_lag is not null")
                .param("ids", measureIds)
                .query(rs -> {
                    lags.put(rs.getLong("id"), WarningLevel.valueOf(rs.getString("plan_lag")));
                });
        return lags;
    }

    /** Stores the lag of measures with a plan; {@code clearOthers} forgets it on the campaign's other measures. */
    void storePlanLags(long campaignId, Map<Long, WarningLevel> lags, boolean clearOthers) {
        if (clearOthers) {
            jdbc.sql("update measure set plan_lag = null where campaign_id = :c and plan_lag is not null")
                    .param("c", campaignId)
                    .update();
        }
        lags.forEach((id, lag) -> jdbc.sql("update measure set plan_lag = :lag where id = :id")
                .param("lag", lag.name())
                .param("id", id)
                .update());
    }

    /** How many of the campaign's measures the level expression would move, by the level they would move to. */
    Map<WarningLevel, Long> moves(long campaignId, SqlCondition level) {
        Map<WarningLevel, Long> moves = new EnumMap<>(WarningLevel.class);
        for (WarningLevel l : WarningLevel.values()) {
            moves.put(l, 0L);
        }
        jdbc.sql("select x.lvl, count(*) as n from (select " + level.sql()
                        + " as lvl, m.warning from measure m where m.campaign_id = :campaign and "
                        + Removal.live("m") + ") x"
                        + " where x.lvl <> x.warning group by x.lvl")
                .params(level.params())
                .param("campaign", campaignId)
                .query(rs -> {
                    moves.put(WarningLevel.valueOf(rs.getString("lvl")), rs.getLong("n"));
                });
        return moves;
    }

    /** Stores the level the expression gives on each of the campaign's measures where it differs; returns how many. */
    int apply(long campaignId, SqlCondition level) {
        return apply(campaignId, null, level);
    }

    /** The same for one measure of the campaign, or all of them when {@code measureId} is null. */
    int apply(long campaignId, Long measureId, SqlCondition level) {
        return jdbc.sql("update measure m set warning = " + level.sql() + " where m.campaign_id = :campaign"
                        + (measureId == null ? "" : " and m.id = :measure") + " and m.warning <> " + level.sql())
                .params(level.params())
                .param("campaign", campaignId)
                .param("measure", measureId)
                .update();
    }

    Long campaignOf(long measureId) {
        return jdbc.sql("select campaign_id from measure where id = :id")
                .param("id", measureId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    void storePlanLag(long measureId, WarningLevel lag) {
        if (lag == null) {
            jdbc.sql("update measure set plan_lag = null where id = :id")
                    .param("id", measureId)
                    .update();
        } else {
            jdbc.sql("update measure set plan_lag = :lag where id = :id")
                    .param("lag", lag.name())
                    .param("id", measureId)
                    .update();
        }
    }
}
