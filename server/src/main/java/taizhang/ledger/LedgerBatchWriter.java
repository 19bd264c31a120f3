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
import taizhang.shared.BatchInsert;
import taizhang.shared.Jdbc;

/**
 * Writes chunks of ledger rows with JDBC batches: problems, measures, their co-units and
 * {@code measure_unit} rows, for the generator and for an imported sheet. The generator reads
 * ids back by natural key (problem number, problem and ordinal, measure), one indexed range
 * read per table; an import's problem numbers may repeat, so it takes the generated keys of
 * each batch instead. Indicators and readings belong to the indicator feature: the writer hands
 * them to its {@link TrackedIndicators}, which writes them in batches in the same transaction.
 */
final class LedgerBatchWriter {

    static final int BATCH = 2000;

    private static final String INSERT_MEASURE = """
            insert into measure (campaign_id, problem_id, ordinal, title, body, lead_org_id, responsible_leader,
                                 deadline, type, status, warning, last_accepted_at, created_at, updated_at, version,
                                 unsigned_since)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

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
        jdbc.batchUpdate(
                "insert into problem (campaign_id, number, title, description, source_ref) values (?, ?, ?, ?, ?)",
                index,
                BATCH,
                (ps, i) -> {
                    ps.setLong(1, campaignId);
                    ps.setInt(2, numbers.get(i));
                    ps.setString(3, titles.get(i));
                    ps.setString(4, descriptions.get(i));
                    ps.setString(5, "生成数据 第" + numbers.get(i) + "条");
                });
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query(
                "select id, number from problem where campaign_id = ? and number between ? and ?",
                rs -> {
                    ids.put(rs.getInt(2), rs.getLong(1));
                },
                campaignId,
                numbers.get(0),
                numbers.get(numbers.size() - 1));
        return ids;
    }

    /** Inserts the measures; returns their ids in the order given. */
    List<Long> measures(List<GeneratedMeasure> generated, Map<Integer, Long> problemIds) {
        List<Measure> measures = generated.stream()
                .map(m -> m.stored(0, campaignId, problemIds.get(m.problemNumber())))
                .toList();
        jdbc.batchUpdate(INSERT_MEASURE, measures, BATCH, this::setMeasure);
        Map<Long, Long> byKey = new HashMap<>();
        jdbc.query(
                "select id, problem_id, ordinal from measure where campaign_id = ? and problem_id between ? and ?",
                rs -> {
                    byKey.put(key(rs.getLong(2), rs.getInt(3)), rs.getLong(1));
                },
                campaignId,
                problemIds.values().stream().mapToLong(Long::longValue).min().orElseThrow(),
                problemIds.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        return measures.stream()
                .map(m -> byKey.get(key(m.problemId(), m.ordinal())))
                .toList();
    }

    /**
     * Keeps the campaign's measures as written so far as its baseline (V138), when it has none: the
     * ledger an import founded is the starting point of every later comparison.
     */
    void markBaseline() {
        jdbc.update("""
                update campaign set baseline_measure_id = (select max(id) from measure where campaign_id = ?)
                where id = ? and baseline_measure_id is null""", campaignId, campaignId);
    }

    /** The highest measure ordinal of each of the campaign's problems that has measures. */
    Map<Long, Integer> lastOrdinals() {
        Map<Long, Integer> last = new HashMap<>();
        jdbc.query(
                "select problem_id, max(ordinal) from measure where campaign_id = ? group by problem_id",
                rs -> {
                    last.put(rs.getLong(1), rs.getInt(2));
                },
                campaignId);
        return last;
    }

    /** Inserts problems of this campaign with their own numbers (an import's may repeat); returns their ids in order. */
    List<Long> insertProblems(List<Problem> problems) {
        return BatchInsert.returningIds(jdbc, """
                insert into problem (campaign_id, section_id, number, title, description, source_ref)
                values (?, ?, ?, ?, ?, ?)""", problems, (ps, p) -> {
            ps.setLong(1, campaignId);
            ps.setObject(2, p.sectionId(), Types.BIGINT);
            ps.setInt(3, p.number());
            ps.setString(4, p.title());
            ps.setString(5, p.description());
            ps.setString(6, p.sourceRef());
        });
    }

    /** Inserts measures as they are (status, warning, version); returns their ids in order. */
    List<Long> insertMeasures(List<Measure> measures) {
        return BatchInsert.returningIds(jdbc, INSERT_MEASURE, measures, this::setMeasure);
    }

    /** A measure's row; it was last updated when last accepted, else when created. */
    private void setMeasure(PreparedStatement ps, Measure m) throws SQLException {
        ps.setLong(1, campaignId);
        ps.setLong(2, m.problemId());
        ps.setInt(3, m.ordinal());
        ps.setString(4, m.title());
        ps.setString(5, m.body());
        ps.setObject(6, m.leadOrgId(), Types.BIGINT);
        ps.setString(7, m.responsibleLeader());
        setDate(ps, 8, m.deadline());
        ps.setString(9, m.type().name());
        ps.setString(10, m.status().name());
        ps.setString(11, m.warning().name());
        ps.setObject(12, Jdbc.utc(m.lastAcceptedAt()));
        ps.setObject(13, Jdbc.utc(m.createdAt()));
        ps.setObject(14, Jdbc.utc(m.lastAcceptedAt() == null ? m.createdAt() : m.lastAcceptedAt()));
        ps.setInt(15, m.version());
        ps.setObject(16, Jdbc.utc(m.unsignedSince()));
    }

    void coUnits(List<Measure> measures) {
        List<long[]> pairs = new ArrayList<>();
        for (Measure m : measures) {
            for (Long org : m.coUnitIds()) {
                pairs.add(new long[] {m.id(), org});
            }
        }
        jdbc.batchUpdate("insert into measure_co_unit (measure_id, org_id) values (?, ?)", pairs, BATCH, (ps, p) -> {
            ps.setLong(1, p[0]);
            ps.setLong(2, p[1]);
        });
    }

    /** The {@code measure_unit} rows: every unit whose subtree holds the lead or a co-unit, below the root. */
    void units(List<Measure> measures, UnitAncestors units) {
        List<long[]> rows = new ArrayList<>();
        for (Measure m : measures) {
            for (Long org : units.of(m.leadOrgId(), m.coUnitIds())) {
                rows.add(new long[] {org, m.id(), m.problemId(), m.ordinal()});
            }
        }
        jdbc.batchUpdate("""
                insert into measure_unit (org_id, measure_id, campaign_id, problem_id, ordinal)
                values (?, ?, ?, ?, ?)""", rows, BATCH, (ps, row) -> {
            ps.setLong(1, row[0]);
            ps.setLong(2, row[1]);
            ps.setLong(3, campaignId);
            ps.setLong(4, row[2]);
            ps.setInt(5, (int) row[3]);
        });
    }

    /**
     * Hands the indicators of the tracked measures and their quarterly readings to the indicator
     * feature's writer, in this transaction; returns {indicators, readings}.
     */
    long[] indicators(List<GeneratedMeasure> measures, List<Long> ids, TrackedIndicators target) {
        List<TrackedIndicators.Tracked> tracked = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            GeneratedMeasure m = measures.get(i);
            if (m.indicator() < 0) {
                continue;
            }
            LedgerVocabulary.IndicatorKind kind = LedgerVocabulary.INDICATORS.get(m.indicator());
            List<TrackedIndicators.Reading> readings = new ArrayList<>();
            for (int r = 1; r <= m.readings(); r++) {
                int quarter = r + 2;
                String period = (2021 + quarter / 4) + "-Q" + (quarter % 4 + 1);
                readings.add(new TrackedIndicators.Reading(
                        period, BigDecimal.valueOf(Math.round(kind.target() * m.completion() * r / m.readings()))));
            }
            tracked.add(new TrackedIndicators.Tracked(
                    ids.get(i), kind.name(), kind.unit(), BigDecimal.valueOf(kind.target()), readings));
        }
        return target.write(campaignId, tracked, "生成数据");
    }

    private static long key(long problemId, int ordinal) {
        return problemId * 64 + ordinal;
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
