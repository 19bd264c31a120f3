package taizhang.indicator;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.BatchInsert;
import taizhang.shared.Jdbc;

@Repository
class IndicatorRepository {

    private static final RowMapper<Indicator> INDICATOR = (rs, n) -> new Indicator(
            rs.getLong("id"),
            rs.getLong("campaign_id"),
            Jdbc.nullableLong(rs, "measure_id"),
            rs.getString("name"),
            rs.getString("unit"),
            Jdbc.decimal(rs, "target"),
            Jdbc.decimal(rs, "baseline"),
            rs.getInt("version"));
    private static final RowMapper<Reading> READING = (rs, n) -> new Reading(
            rs.getLong("id"),
            rs.getLong("indicator_id"),
            rs.getString("period"),
            Jdbc.decimal(rs, "amount"),
            rs.getString("source"),
            Jdbc.nullableLong(rs, "report_id"),
            Jdbc.instant(rs, "recorded_at"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IndicatorRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Indicator> find(long id) {
        return jdbc.sql("select * from indicator where id = :id")
                .param("id", id)
                .query(INDICATOR)
                .optional();
    }

    List<Indicator> forMeasure(long measureId) {
        return jdbc.sql("select * from indicator where measure_id = :m order by id")
                .param("m", measureId)
                .query(INDICATOR)
                .list();
    }

    /** The indicators of these measures, by measure and then in the order they were created. */
    List<Indicator> forMeasures(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from indicator where measure_id in (:ms) order by measure_id, id")
                .param("ms", measureIds)
                .query(INDICATOR)
                .list();
    }

    List<Indicator> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from indicator where id in (:ids)")
                .param("ids", ids)
                .query(INDICATOR)
                .list();
    }

    List<Indicator> forCampaign(long campaignId) {
        return jdbc.sql("select * from indicator where campaign_id = :c order by id")
                .param("c", campaignId)
                .query(INDICATOR)
                .list();
    }

    /** A new name, unit and target, if the stored version is still the one read; false when it is not. */
    boolean update(long id, int version, String name, String unit, BigDecimal target) {
        return jdbc.sql("""
                        update indicator set name = :name, unit = :unit, target = :target, version = version + 1
                        where id = :id and version = :version""")
                        .param("name", name)
                        .param("unit", unit)
                        .param("target", target)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    long insert(long campaignId, Long measureId, String name, String unit, BigDecimal target, BigDecimal baseline) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator (campaign_id, measure_id, name, unit, target, baseline)
                values (:c, :m, :name, :unit, :target, :baseline)""")
                .param("c", campaignId)
                .param("m", measureId)
                .param("name", name)
                .param("unit", unit)
                .param("target", target)
                .param("baseline", baseline)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** In {@link Reading#TIME_ORDER}, which the labels' text order is not: a few per indicator, sorted here. */
    List<Reading> readings(long indicatorId) {
        return jdbc
                .sql("select * from indicator_reading where indicator_id = :i")
                .param("i", indicatorId)
                .query(READING)
                .list()
                .stream()
                .sorted(Reading.TIME_ORDER)
                .toList();
    }

    /** The readings of these indicators, each indicator's in {@link Reading#TIME_ORDER}. */
    Map<Long, List<Reading>> readingsOf(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from indicator_reading where indicator_id in (:ids)")
                .param("ids", indicatorIds)
                .query(READING)
                .list()
                .stream()
                .sorted(Reading.TIME_ORDER)
                .collect(Collectors.groupingBy(Reading::indicatorId, Collectors.toList()));
    }

    /** Inserts indicators in one batch (the caller's chunk); returns their ids in order. */
    List<Long> insertAll(List<Indicator> rows) {
        return BatchInsert.returningIds(template, """
                insert into indicator (campaign_id, measure_id, name, unit, target, baseline)
                values (?, ?, ?, ?, ?, ?)""", rows, (ps, i) -> {
            ps.setLong(1, i.campaignId());
            ps.setObject(2, i.measureId(), Types.BIGINT);
            ps.setString(3, i.name());
            ps.setString(4, i.unit());
            ps.setBigDecimal(5, i.target());
            ps.setBigDecimal(6, i.baseline());
        });
    }

    /** Inserts readings as they are, their time of record included, in one batch; returns their ids in order. */
    List<Long> insertReadings(List<Reading> rows) {
        return BatchInsert.returningIds(template, """
                insert into indicator_reading (indicator_id, period, amount, source, report_id, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", rows, (ps, r) -> {
            ps.setLong(1, r.indicatorId());
            ps.setString(2, r.period());
            ps.setBigDecimal(3, r.value());
            ps.setString(4, r.source());
            ps.setObject(5, r.reportId(), Types.BIGINT);
            ps.setObject(6, Jdbc.utc(r.recordedAt()));
        });
    }

    long insertReading(
            long indicatorId, String period, BigDecimal value, String source, Long reportId, Instant recordedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator_reading (indicator_id, period, amount, source, report_id, recorded_at)
                values (:i, :period, :value, :source, :report, :at)""")
                .param("at", Jdbc.utc(recordedAt))
                .param("i", indicatorId)
                .param("period", period)
                .param("value", value)
                .param("source", source)
                .param("report", reportId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
