package taizhang.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** Each campaign's assessment results per year, with their breakdowns and adjustments. */
@Repository
class AssessmentRepository {

    /** A year's computation: who ran it and when. */
    record Run(long campaignId, int year, String computedBy, Instant computedAt) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AssessmentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Run> run(long campaignId, int year) {
        return jdbc.sql(
                        "select computed_by, computed_at from assessment_run where campaign_id = :c and assess_year = :y")
                .param("c", campaignId)
                .param("y", year)
                .query((rs, n) -> new Run(campaignId, year, rs.getString(1), Jdbc.instant(rs, "computed_at")))
                .optional();
    }

    /**
     * Replaces the year's results by these scores, keeping each unit's adjustment: the run's row is
     * deleted with its results and breakdowns, then written again in batches.
     */
    void replace(long campaignId, int year, List<UnitScore> scores, String by, Instant at) {
        Map<Long, Object[]> adjusted = new HashMap<>();
        jdbc.sql("""
                select org_id, adjusted_score, adjust_reason, adjusted_by, adjusted_at, version from assessment_result
                where campaign_id = :c and assess_year = :y and adjusted_score is not null""").param("c", campaignId).param("y", year).query(rs -> {
            adjusted.put(rs.getLong(1), new Object[] {
                rs.getBigDecimal(2),
                rs.getString(3),
                rs.getString(4),
                Jdbc.utc(Jdbc.instant(rs, "adjusted_at")),
                rs.getInt(6)
            });
        });
        jdbc.sql("delete from assessment_run where campaign_id = :c and assess_year = :y")
                .param("c", campaignId)
                .param("y", year)
                .update();
        jdbc.sql(
                        "insert into assessment_run (campaign_id, assess_year, computed_by, computed_at) values (:c, :y, :by, :at)")
                .param("c", campaignId)
                .param("y", year)
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update();
        List<Object[]> results = new ArrayList<>();
        List<Object[]> components = new ArrayList<>();
        for (UnitScore s : scores) {
            Object[] a = adjusted.getOrDefault(s.orgId(), new Object[] {null, null, null, null, 0});
            results.add(new Object[] {campaignId, year, s.orgId(), s.score(), a[0], a[1], a[2], a[3], a[4]});
            for (Component c : s.components()) {
                components.add(new Object[] {
                    campaignId, year, s.orgId(), c.rule(), c.weight(), c.value(), c.detail(), c.points()
                });
            }
        }
        batch.batchUpdate("""
                insert into assessment_result (campaign_id, assess_year, org_id, computed_score, adjusted_score,
                                               adjust_reason, adjusted_by, adjusted_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", results);
        batch.batchUpdate("""
                insert into assessment_component (campaign_id, assess_year, org_id, rule, weight, amount, detail, points)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", components);
    }

    /** The year's results in tree order, with names; {@code onlyOrg} narrows to one unit. */
    List<StoredResult> results(long campaignId, int year, Long onlyOrg) {
        Map<Long, List<Component>> breakdowns = new HashMap<>();
        jdbc.sql("select org_id, rule, weight, amount, points, detail from assessment_component"
                        + " where campaign_id = :c and assess_year = :y"
                        + (onlyOrg == null ? "" : " and org_id = :org"))
                .param("c", campaignId)
                .param("y", year)
                .params(onlyOrg == null ? Map.of() : Map.of("org", onlyOrg))
                .query(rs -> {
                    String rule = rs.getString(2);
                    breakdowns
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Component(
                                    rule,
                                    Rule.named(rule).map(Rule::label).orElse(rule),
                                    rs.getBigDecimal(3),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getString(6)));
                });
        Map<Long, StoredResult> results = new LinkedHashMap<>();
        jdbc.sql("select r.*, o.name from assessment_result r join org_unit_view o on o.id = r.org_id"
                        + " where r.campaign_id = :c and r.assess_year = :y"
                        + (onlyOrg == null ? "" : " and r.org_id = :org")
                        + " order by o.path, r.org_id")
                .param("c", campaignId)
                .param("y", year)
                .params(onlyOrg == null ? Map.of() : Map.of("org", onlyOrg))
                .query(rs -> {
                    long org = rs.getLong("org_id");
                    results.put(org, stored(rs, breakdowns.getOrDefault(org, List.of())));
                });
        return List.copyOf(results.values());
    }

    /** Sets the unit's adjustment if its result is still at {@code version}. */
    boolean adjust(long campaignId, int year, long orgId, Adjustment a, int version) {
        return jdbc.sql("""
                        update assessment_result set adjusted_score = :score, adjust_reason = :reason, adjusted_by = :by,
                               adjusted_at = :at, version = version + 1
                        where campaign_id = :c and assess_year = :y and org_id = :org and version = :version""")
                        .param("score", a.score())
                        .param("reason", a.reason())
                        .param("by", a.by())
                        .param("at", Jdbc.utc(a.at()))
                        .param("c", campaignId)
                        .param("y", year)
                        .param("org", orgId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** A stored row: the computed score with its breakdown, and the adjustment if any. */
    record StoredResult(UnitScore computed, Adjustment adjustment, int version) {}

    private static StoredResult stored(ResultSet rs, List<Component> breakdown) throws SQLException {
        List<Component> ordered = new ArrayList<>(breakdown);
        ordered.sort(java.util.Comparator.comparing(
                c -> Rule.named(c.rule()).map(Enum::ordinal).orElse(99)));
        BigDecimal adjusted = rs.getBigDecimal("adjusted_score");
        return new StoredResult(
                new UnitScore(rs.getLong("org_id"), rs.getString("name"), rs.getBigDecimal("computed_score"), ordered),
                adjusted == null
                        ? null
                        : new Adjustment(
                                adjusted,
                                rs.getString("adjust_reason"),
                                rs.getString("adjusted_by"),
                                Jdbc.instant(rs, "adjusted_at")),
                rs.getInt("version"));
    }
}
