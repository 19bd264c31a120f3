package taizhang.ledger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import taizhang.shared.Jdbc;

/**
 * Writes one chunk of a generated ledger with JDBC batches: problems, then measures, then
 * their co-units, indicators and readings. Ids are read back by natural key (problem number,
 * problem and ordinal, measure), which is one indexed range read per table instead of a
 * generated-keys round trip per row. Indicators and readings belong to the indicator feature;
 * the generator writes them directly because it bypasses every service on purpose, for speed.
 */
final class LedgerBatchWriter {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final long campaignId;

    LedgerBatchWriter(JdbcTemplate jdbc, long campaignId) {
        this.jdbc = jdbc;
        this.campaignId = campaignId;
    }

    /** Inserts the problems; returns their ids by number. */
    Map<Integer, Long> problems(List<Integer> numbers, List<String> titles, List<String> descriptions) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            index.add(i);
        }
        jdbc.batchUpdate("insert into problem (campaign_id, number, title, description, source_ref) values (?, ?, ?, ?, ?)",
                index, BATCH, (ps, i) -> {
                    ps.setLong(1, campaignId);
                    ps.setInt(2, numbers.get(i));
                    ps.setString(3, titles.get(i));
                    ps.setString(4, descriptions.get(i));
                    ps.setString(5, "生成数据 第" + numbers.get(i) + "条");
                });
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query("select id, number from problem where campaign_id = ? and number between ? and ?",
                rs -> {
                    ids.put(rs.getInt(2), rs.getLong(1));
                }, campaignId, numbers.get(0), numbers.get(numbers.size() - 1));
        return ids;
    }

    /** Inserts the measures; returns their ids in the order given. */
    List<Long> measures(List<GeneratedMeasure> measures, Map<Integer, Long> problemIds) {
        jdbc.batchUpdate("""
                insert into measure (campaign_id, problem_id, ordinal, title, body, lead_org_id, responsible_leader,
                                     deadline, type, status, warning, last_accepted_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", measures, BATCH, (ps, m) -> {
            ps.setLong(1, campaignId);
            ps.setLong(2, problemIds.get(m.problemNumber()));
            ps.setInt(3, m.ordinal());
            ps.setString(4, m.title());
            ps.setString(5, m.body());
            ps.setLong(6, m.leadOrgId());
            ps.setString(7, m.responsibleLeader());
            setDate(ps, 8, m.deadline());
            ps.setString(9, m.type().name());
            ps.setString(10, m.status().name());
            ps.setString(11, m.warning().name());
            ps.setObject(12, Jdbc.utc(m.lastAcceptedAt()));
            ps.setObject(13, Jdbc.utc(m.createdAt()));
            ps.setObject(14, Jdbc.utc(m.lastAcceptedAt() == null ? m.createdAt() : m.lastAcceptedAt()));
        });
        Map<Long, Long> byKey = new HashMap<>();
        jdbc.query("select id, problem_id, ordinal from measure where campaign_id = ? and problem_id between ? and ?",
                rs -> {
                    byKey.put(key(rs.getLong(2), rs.getInt(3)), rs.getLong(1));
                }, campaignId, problemIds.values().stream().mapToLong(Long::longValue).min().orElseThrow(),
                problemIds.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        return measures.stream().map(m -> byKey.get(key(problemIds.get(m.problemNumber()), m.ordinal()))).toList();
    }

    void coUnits(List<GeneratedMeasure> measures, List<Long> ids) {
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            for (Long org : measures.get(i).coUnitIds()) {
                pairs.add(new long[] {ids.get(i), org});
            }
        }
        jdbc.batchUpdate("insert into measure_co_unit (measure_id, org_id) values (?, ?)", pairs, BATCH, (ps, p) -> {
            ps.setLong(1, p[0]);
            ps.setLong(2, p[1]);
        });
    }

    /** The {@code measure_unit} rows: every unit whose subtree holds the lead or a co-unit, below the root. */
    void units(List<GeneratedMeasure> measures, List<Long> ids, GeneratorUnits units) {
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            java.util.Set<Long> orgs = new java.util.LinkedHashSet<>(units.ancestorsOrSelf(measures.get(i).leadOrgId()));
            measures.get(i).coUnitIds().forEach(org -> orgs.addAll(units.ancestorsOrSelf(org)));
            for (Long org : orgs) {
                pairs.add(new long[] {org, ids.get(i)});
            }
        }
        jdbc.batchUpdate("insert into measure_unit (org_id, measure_id) values (?, ?)", pairs, BATCH, (ps, p) -> {
            ps.setLong(1, p[0]);
            ps.setLong(2, p[1]);
        });
    }

    /** Inserts the indicators of the tracked measures and their quarterly readings; returns {indicators, readings}. */
    long[] indicators(List<GeneratedMeasure> measures, List<Long> ids) {
        List<Integer> tracked = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).indicator() >= 0) {
                tracked.add(i);
            }
        }
        if (tracked.isEmpty()) {
            return new long[] {0, 0};
        }
        jdbc.batchUpdate("insert into indicator (campaign_id, measure_id, name, unit, target, baseline) values (?, ?, ?, ?, ?, ?)",
                tracked, BATCH, (ps, i) -> {
                    LedgerVocabulary.IndicatorKind kind = LedgerVocabulary.INDICATORS.get(measures.get(i).indicator());
                    ps.setLong(1, campaignId);
                    ps.setLong(2, ids.get(i));
                    ps.setString(3, kind.name());
                    ps.setString(4, kind.unit());
                    ps.setBigDecimal(5, BigDecimal.valueOf(kind.target()));
                    ps.setBigDecimal(6, BigDecimal.ZERO);
                });
        Map<Long, Long> indicatorOf = new HashMap<>();
        jdbc.query("select id, measure_id from indicator where campaign_id = ? and measure_id between ? and ?",
                rs -> {
                    indicatorOf.put(rs.getLong(2), rs.getLong(1));
                }, campaignId, ids.get(tracked.get(0)), ids.get(tracked.get(tracked.size() - 1)));
        List<Object[]> readings = new ArrayList<>();
        for (int i : tracked) {
            GeneratedMeasure m = measures.get(i);
            long target = LedgerVocabulary.INDICATORS.get(m.indicator()).target();
            for (int r = 1; r <= m.readings(); r++) {
                int quarter = r + 2;
                String period = (2021 + quarter / 4) + "-Q" + (quarter % 4 + 1);
                BigDecimal amount = BigDecimal.valueOf(Math.round(target * m.completion() * r / m.readings()));
                readings.add(new Object[] {indicatorOf.get(ids.get(i)), period, amount});
            }
        }
        jdbc.batchUpdate("insert into indicator_reading (indicator_id, period, amount, source) values (?, ?, ?, '生成数据')",
                readings, BATCH, (ps, r) -> {
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setBigDecimal(3, (BigDecimal) r[2]);
                });
        return new long[] {tracked.size(), readings.size()};
    }

    private static long key(long problemId, int ordinal) {
        return problemId * 64 + ordinal;
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
