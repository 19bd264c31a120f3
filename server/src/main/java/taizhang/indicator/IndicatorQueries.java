package taizhang.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.ledger.AssignedUnits;
import taizhang.shared.Jdbc;

/** What other features may ask of the indicators' tables directly; the rest they read through its views (V62). */
@Repository
public class IndicatorQueries {

    private final JdbcClient jdbc;
    private final IndicatorRepository indicators;

    IndicatorQueries(JdbcClient jdbc, IndicatorRepository indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    /** These indicators by id; unknown ids are left out. */
    public Map<Long, Indicator> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return indicators.byIds(ids).stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    /** Changes whenever a reading is recorded or an indicator added: the latest of each, from the end of the key. */
    public String changeMark() {
        return jdbc.sql("select (select max(id) from indicator_reading), (select max(id) from indicator)")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single();
    }

    /**
     * The ids of the campaign's indicators with a target, campaign-wide ones first. Each kind is
     * taken in id order up to the limit before the two are put together, so only the first few
     * indicators of a large campaign are read. {@code scopeOrgs} not null keeps the indicators of
     * measures assigned within the subtree of any of them (the ledger's rule), which leaves out
     * campaign-wide ones.
     */
    public List<Long> withTarget(long campaignId, List<Long> scopeOrgs, int limit) {
        String scoped = scopeOrgs == null
                ? ""
                : " and " + AssignedUnits.withinAny(scopeOrgs, "i.measure_id").sql();
        String first = "select i.id, %d as kind from indicator i"
                + " where i.campaign_id = :campaign and i.target is not null and i.measure_id is %s" + scoped
                + " order by i.id limit :limit";
        JdbcClient.StatementSpec spec = jdbc.sql("select x.id from ((" + first.formatted(0, "null") + ") union all ("
                        + first.formatted(1, "not null") + ")) x order by x.kind, x.id limit :limit")
                .param("campaign", campaignId)
                .param("limit", limit);
        if (scopeOrgs != null) {
            spec = spec.params(
                    AssignedUnits.withinAny(scopeOrgs, "i.measure_id").params());
        }
        return spec.query(Long.class).list();
    }

    /** A reading of a measure's indicator, with the value the indicator had before it (null in {@link #readingsOfIndicatorsReadFor}). */
    public record MeasureReading(
            long id,
            long indicatorId,
            long measureId,
            String indicator,
            String unit,
            String period,
            BigDecimal value,
            BigDecimal previous,
            Instant recordedAt) {}

    /**
     * The readings recorded in the window of the campaign's measures' indicators, in scope (the
     * ledger's rule, {@code scopeOrg} null for all), each with the reading before it; in no order.
     */
    public List<MeasureReading> readingsRecordedIn(long campaignId, Long scopeOrg, Instant from, Instant to) {
        return readings(
                """
                (select e.amount from indicator_reading e where e.indicator_id = r.indicator_id
                   and (e.recorded_at < r.recorded_at or e.recorded_at = r.recorded_at and e.id < r.id)
                 order by e.recorded_at desc, e.id desc limit 1)""",
                "r.recorded_at >= :from and r.recorded_at < :to",
                campaignId,
                scopeOrg,
                Map.of("from", Jdbc.utc(from), "to", Jdbc.utc(to)));
    }

    /** Every reading of each indicator in scope that has one for {@code period}; in no order. */
    public List<MeasureReading> readingsOfIndicatorsReadFor(long campaignId, Long scopeOrg, String period) {
        return readings(
                "null",
                "exists (select 1 from indicator_reading b where b.indicator_id = r.indicator_id and b.period = :period)",
                campaignId,
                scopeOrg,
                Map.of("period", period));
    }

    private List<MeasureReading> readings(
            String previous, String condition, long campaignId, Long scopeOrg, Map<String, Object> params) {
        String scoped = scopeOrg == null
                ? ""
                : " and " + AssignedUnits.within(scopeOrg, "i.measure_id").sql();
        JdbcClient.StatementSpec spec = jdbc.sql("select r.id, r.indicator_id, i.measure_id, i.name, i.unit, r.period,"
                        + " r.amount, r.recorded_at, " + previous + " as previous"
                        + " from indicator_reading r join indicator i on i.id = r.indicator_id"
                        + " where i.campaign_id = :campaign and i.measure_id is not null and " + condition + scoped)
                .params(params)
                .param("campaign", campaignId);
        if (scopeOrg != null) {
            spec = spec.params(AssignedUnits.within(scopeOrg, "i.measure_id").params());
        }
        return spec.query((rs, n) -> new MeasureReading(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Jdbc.decimal(rs, "amount"),
                        Jdbc.decimal(rs, "previous"),
                        Jdbc.instant(rs, "recorded_at")))
                .list();
    }

    /**
     * The period labels of the readings of the campaign's measures' indicators in scope. The
     * table's distinct labels, a few dozen, are walked through its period index one jump at a
     * time, and each is kept if a reading in scope has it (see the progress feature's
     * {@code ProgressQueries#periods}, which does the same for the reports).
     */
    public List<String> periods(long campaignId, Long scopeOrg) {
        String scoped = scopeOrg == null
                ? ""
                : " and " + AssignedUnits.within(scopeOrg, "i.measure_id").sql();
        JdbcClient.StatementSpec spec = jdbc.sql("""
                with recursive reading_period(period) as (
                    select (select period from indicator_reading order by period limit 1)
                    union all select (select t.period from indicator_reading t where t.period > p.period
                                      order by t.period limit 1) from reading_period p where p.period is not null)
                select p.period from reading_period p where exists (
                    select 1 from indicator_reading x join indicator i on i.id = x.indicator_id where x.period = p.period
                      and x.indicator_id between (select min(id) from indicator where campaign_id = :campaign)
                      and (select max(id) from indicator where campaign_id = :campaign)
                      and i.campaign_id = :campaign and i.measure_id is not null""" + scoped + " offset 0)").param("campaign", campaignId);
        if (scopeOrg != null) {
            spec = spec.params(AssignedUnits.within(scopeOrg, "i.measure_id").params());
        }
        return spec.query(String.class).list();
    }
}
