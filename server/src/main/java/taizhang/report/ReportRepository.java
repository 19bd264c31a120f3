package taizhang.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/**
 * The report feature's reads over the ledger. Everything comes in pages or grouped counts, so
 * a report over a campaign of a hundred thousand measures never holds the campaign in memory.
 */
@Repository
class ReportRepository {

    /** A count of measures with one status, grouped by a key (a problem or a lead unit). */
    record StatusCount(long key, String status, long count) {}

    /** A problem of the campaign, in ledger order. */
    record ProblemKey(long id, int number, String title, Long sectionId) {}

    /** The latest accepted progress of a measure: its text and the figures it gave. */
    record Progress(long reportId, String body, Instant reviewedAt) {}

    record Figure(long reportId, String name, String unit, BigDecimal value) {}

    /** A measure with its problem's number and its ordinal: its 编号. */
    record MeasureCode(long id, int problemNumber, int ordinal) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusCount> countsByProblem(ReportScope scope) {
        return counts("m.problem_id", scope);
    }

    /** By lead unit; measures without one under key 0. */
    List<StatusCount> countsByLead(ReportScope scope) {
        return counts("coalesce(m.lead_org_id, 0)", scope);
    }

    /** How many measures in scope were reopened after 销号 at least once. */
    long reopened(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        return jdbc.sql("select count(*) from measure m where " + where + " and m.reopened > 0")
                .params(params)
                .query(Long.class)
                .single();
    }

    private List<StatusCount> counts(String key, ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        return jdbc.sql("select " + key + ", m.status, count(*) from measure m where " + where + " group by " + key
                        + ", m.status")
                .params(params)
                .query((rs, n) -> new StatusCount(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The next problems after ({@code number}, {@code id}) in ledger order. */
    List<ProblemKey> problemsAfter(long campaignId, int number, long id, int limit) {
        return jdbc.sql("""
                select id, number, title, section_id from problem
                where campaign_id = :c and number >= :n and (number > :n or id > :id)
                order by number, id limit :limit""")
                .param("c", campaignId)
                .param("n", number)
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new ProblemKey(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), Jdbc.nullableLong(rs, "section_id")))
                .list();
    }

    /** The measures in scope of these problems, with their lead unit's name, by problem and ordinal. */
    List<Map<String, Object>> measuresOf(ReportScope scope, List<Long> problemIds) {
        if (problemIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = scope.unitCondition(params);
        params.put("problems", problemIds);
        return jdbc.sql("""
                select m.id, m.problem_id, m.ordinal, m.title, m.body, lo.name as lead_name, m.responsible_leader,
                       m.deadline, m.original_deadline, m.type, m.status, m.warning, m.created_at, m.version
                from measure m left join organisation lo on lo.id = m.lead_org_id
                where m.problem_id in (:problems) and\s""" + where + " order by m.problem_id, m.ordinal, m.id")
                .params(params)
                .query()
                .listOfRows();
    }

    /** The campaign's measures after {@code afterId}, in id order, with their 编号. */
    List<MeasureCode> measureCodesAfter(long campaignId, long afterId, int limit) {
        return jdbc.sql("""
                select m.id, p.number, m.ordinal from measure m join problem p on p.id = m.problem_id
                where m.campaign_id = :c and m.id > :after order by m.id limit :limit""")
                .param("c", campaignId)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new MeasureCode(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    Map<Long, List<String>> coUnitNames(List<Long> measureIds) {
        return grouped("""
                select cu.measure_id, o.name from measure_co_unit cu join organisation o on o.id = cu.org_id
                where cu.measure_id in (:ids) order by cu.measure_id, o.sort_order, o.id""", measureIds);
    }

    Map<Long, List<String>> evidenceNames(List<Long> measureIds) {
        return grouped(
                "select measure_id, file_name from evidence_file_view where measure_id in (:ids) order by measure_id, id",
                measureIds);
    }

    /** The latest progress report the office accepted by {@code asOf} (null: by now), per measure. */
    Map<Long, Progress> latestAccepted(List<Long> measureIds, Instant asOf) {
        Map<Long, Progress> latest = new HashMap<>();
        if (measureIds.isEmpty()) {
            return latest;
        }
        // A null bound in "is null" has no type on PostgreSQL, so the cut-off is left out instead.
        String cutOff = asOf == null ? "" : " and reviewed_at <= :asOf";
        var spec = jdbc.sql("select measure_id, id, body, reviewed_at from progress_report_view"
                        + " where measure_id in (:ids) and status = 'ACCEPTED'" + cutOff
                        + " order by measure_id, reviewed_at, id")
                .param("ids", measureIds);
        (asOf == null ? spec : spec.param("asOf", Jdbc.utc(asOf))).query(rs -> {
            latest.put(rs.getLong(1), new Progress(rs.getLong(2), rs.getString(3), Jdbc.instant(rs, "reviewed_at")));
        });
        return latest;
    }

    /** Accepted progress reports by id (an accepted report is never changed again). */
    Map<Long, Progress> accepted(List<Long> reportIds) {
        Map<Long, Progress> byId = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byId;
        }
        jdbc.sql("select id, body, reviewed_at from progress_report_view where id in (:ids)")
                .param("ids", reportIds)
                .query(rs -> {
                    byId.put(
                            rs.getLong(1),
                            new Progress(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "reviewed_at")));
                });
        return byId;
    }

    Map<Long, List<Figure>> figures(List<Long> reportIds) {
        Map<Long, List<Figure>> figures = new HashMap<>();
        if (reportIds.isEmpty()) {
            return figures;
        }
        jdbc.sql("""
                select f.report_id, i.name, i.unit, f.amount from progress_report_figure f
                join indicator i on i.id = f.indicator_id where f.report_id in (:ids) order by f.report_id, i.id""").param("ids", reportIds).query(rs -> {
            figures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Figure(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.decimal(rs, "amount")));
        });
        return figures;
    }

    /** The status each measure had at {@code asOf}, from the last audit event by then that states one. */
    Map<Long, String> statesAt(List<Long> measureIds, Instant asOf) {
        Map<Long, String> after = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return after;
        }
        jdbc.sql("""
                select object_id, after_json from audit_event_view
                where object_type = 'measure' and object_id in (:ids) and occurred_at <= :asOf and after_json is not null
                order by object_id, seq""").param("ids", measureIds).param("asOf", Jdbc.utc(asOf)).query(rs -> {
            String json = rs.getString(2);
            if (json.contains("\"status\"")) {
                after.put(rs.getLong(1), json);
            }
        });
        return after;
    }

    Set<Long> internal(List<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select measure_id from report_internal_measure where measure_id in (:ids)")
                .param("ids", measureIds)
                .query(Long.class)
                .list());
    }

    List<Long> internalIn(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        return jdbc.sql("select m.id from report_internal_measure r join measure m on m.id = r.measure_id where "
                        + where + " order by m.id")
                .params(params)
                .query(Long.class)
                .list();
    }

    boolean isInternal(long measureId) {
        return jdbc.sql("select count(*) from report_internal_measure where measure_id = :m")
                        .param("m", measureId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markInternal(long measureId, String by) {
        jdbc.sql("insert into report_internal_measure (measure_id, marked_by) values (:m, :by)")
                .param("m", measureId)
                .param("by", by)
                .update();
    }

    void unmarkInternal(long measureId) {
        jdbc.sql("delete from report_internal_measure where measure_id = :m")
                .param("m", measureId)
                .update();
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return byId;
    }
}
