package taizhang.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.shared.SqlCondition;

/**
 * The ledger as the reports read it, from its tables: grouped counts, problems in ledger order,
 * measures problem by problem, 编号 in id order. All in pages or grouped counts, so a report over
 * a campaign of a million measures never holds it in memory. {@code scopeOrg} null reads every
 * measure of the campaign, else those assigned within that organisation's subtree ({@link AssignedUnits}).
 */
@Repository
public class LedgerRows {

    /** A count of measures with one status, grouped by a key (a problem or a lead unit, 0 for none). */
    public record KeyedCount(long key, String status, long count) {}

    /** A problem of the campaign, in ledger order. */
    public record ProblemKey(long id, int number, String title, Long sectionId) {}

    /** A measure with its problem's number and its ordinal: its 编号. */
    public record MeasureCode(long id, int problemNumber, int ordinal) {}

    private final JdbcClient jdbc;

    LedgerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<KeyedCount> countsByProblem(long campaignId, Long scopeOrg) {
        return counts("m.problem_id", campaignId, scopeOrg);
    }

    public List<KeyedCount> countsByLead(long campaignId, Long scopeOrg) {
        return counts("coalesce(m.lead_org_id, 0)", campaignId, scopeOrg);
    }

    /** How many measures in scope were reopened after 销号 at least once. */
    public long reopened(long campaignId, Long scopeOrg) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from measure m where " + scope(campaignId, scopeOrg, params)
                        + " and m.reopened > 0")
                .params(params)
                .query(Long.class)
                .single();
    }

    private List<KeyedCount> counts(String key, long campaignId, Long scopeOrg) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + key + ", m.status, count(*) from measure m where "
                        + scope(campaignId, scopeOrg, params) + " group by " + key + ", m.status")
                .params(params)
                .query((rs, n) -> new KeyedCount(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The next problems after ({@code number}, {@code id}) in ledger order. */
    public List<ProblemKey> problemsAfter(long campaignId, int number, long id, int limit) {
        return problemsAfter(campaignId, number, id, limit, false);
    }

    /**
     * As {@link #problemsAfter(long, int, long, int)}, with {@code withRemoved} the problems removed
     * since too: a report of a past day shows what was in the ledger then.
     */
    public List<ProblemKey> problemsAfter(long campaignId, int number, long id, int limit, boolean withRemoved) {
        String live = withRemoved ? "" : " and removed_at is null";
        return jdbc.sql("select id, number, title, section_id from problem where campaign_id = :c" + live
                        + " and number >= :n and (number > :n or id > :id) order by number, id limit :limit")
                .param("c", campaignId)
                .param("n", number)
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new ProblemKey(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), Jdbc.nullableLong(rs, "section_id")))
                .list();
    }

    /**
     * The measures in scope of these problems (of one campaign), by problem and ordinal, as rows
     * named by column, with {@code lead_org_id}. The campaign is not a condition: it would lead the
     * planner to the campaign index and a scan of the whole campaign per page.
     */
    public List<Map<String, Object>> measuresOf(Long scopeOrg, List<Long> problemIds) {
        return measuresOf(scopeOrg, problemIds, false);
    }

    /**
     * As {@link #measuresOf(Long, List)}, with {@code withRemoved} the measures removed since too
     * ({@code removed_at} says which): a report of a past day decides from the audit trail.
     */
    public List<Map<String, Object>> measuresOf(Long scopeOrg, List<Long> problemIds, boolean withRemoved) {
        if (problemIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String unit = "1 = 1";
        if (scopeOrg != null) {
            SqlCondition assigned = AssignedUnits.within(scopeOrg, "m.id");
            params.putAll(assigned.params());
            unit = assigned.sql();
        }
        params.put("problems", problemIds);
        return jdbc.sql("""
                select m.id, m.problem_id, m.ordinal, m.title, m.body, m.lead_org_id, m.responsible_leader,
                       m.deadline, m.original_deadline, m.type, m.status, m.warning, m.created_at, m.version,
                       m.reopened, m.removed_at
                from measure m where m.problem_id in (:problems) and\s""" + (withRemoved ? "" : "m.removed_at is null and ")
                        + unit + " order by m.problem_id, m.ordinal, m.id")
                .params(params)
                .query()
                .listOfRows();
    }

    /** The official text of these measures (as imported or as the office wrote it), by id; null bodies left out. */
    public Map<Long, String> bodies(Collection<Long> measureIds) {
        Map<Long, String> bodies = new HashMap<>();
        if (measureIds.isEmpty()) {
            return bodies;
        }
        jdbc.sql("select id, body from measure where id in (:ids) and body is not null")
                .param("ids", measureIds)
                .query(rs -> {
                    bodies.put(rs.getLong(1), rs.getString(2));
                });
        return bodies;
    }

    /** The campaign's measures after {@code afterId}, in id order, with their 编号. */
    public List<MeasureCode> measureCodesAfter(long campaignId, long afterId, int limit) {
        return jdbc.sql("""
                select m.id, p.number, m.ordinal from measure m join problem p on p.id = m.problem_id
                where m.campaign_id = :c and m.id > :after and m.removed_at is null order by m.id limit :limit""")
                .param("c", campaignId)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new MeasureCode(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** The co-units of these measures by measure, organisation ids in id order. */
    public Map<Long, List<Long>> coUnits(Collection<Long> measureIds) {
        Map<Long, List<Long>> byMeasure = new HashMap<>();
        if (measureIds.isEmpty()) {
            return byMeasure;
        }
        jdbc.sql(
                        "select measure_id, org_id from measure_co_unit where measure_id in (:ids) order by measure_id, org_id")
                .param("ids", measureIds)
                .query(rs -> {
                    byMeasure
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return byMeasure;
    }

    /** The lowest and highest measure id of the campaign, from the ends of its index; empty when it has none. */
    public long[] idRange(long campaignId) {
        return jdbc.sql("select min(id), max(id) from measure where campaign_id = :c")
                .param("c", campaignId)
                .query((rs, n) -> rs.getObject(1) == null ? new long[0] : new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** Whether any measure of the campaign lies in scope. */
    public boolean anyInScope(long campaignId, Long scopeOrg) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from (select 1 from measure m where " + scope(campaignId, scopeOrg, params)
                                + " limit 1) x")
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String scope(long campaignId, Long scopeOrg, Map<String, Object> params) {
        params.put("campaign", campaignId);
        String live = "m.campaign_id = :campaign and " + Removal.live("m");
        if (scopeOrg == null) {
            return live;
        }
        SqlCondition assigned = AssignedUnits.within(scopeOrg, "m.id");
        params.putAll(assigned.params());
        return live + " and " + assigned.sql();
    }
}
