package taizhang.cycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/**
 * The ledger as a closed cycle's snapshot holds it, read as the reports read the live ledger:
 * grouped counts, problems in ledger order, measures problem by problem. {@code subtree} null
 * reads the whole snapshot, else the measures whose lead or a co-unit lay in that subtree.
 */
@Repository
class SnapshotLedgerRepository {

    private static final String IN_SUBTREE = " " + """
            and (exists (select 1 from org_unit_view o where o.id = s.lead_org_id and o.path like :subtree)
                 or exists (select 1 from cycle_snapshot_co_unit cu join org_unit_view o on o.id = cu.org_id
                            where cu.cycle_id = s.cycle_id and cu.measure_id = s.measure_id
                              and o.path like :subtree))""";

    private final JdbcClient jdbc;

    SnapshotLedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CycleSnapshots.Count> counts(long cycleId, String key, String subtree) {
        Map<String, Object> params = params(cycleId, subtree);
        return jdbc.sql("select " + key + ", s.status, count(*) from cycle_snapshot s where s.cycle_id = :c"
                        + scope(subtree) + " group by " + key + ", s.status")
                .params(params)
                .query((rs, n) -> new CycleSnapshots.Count(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    long reopened(long cycleId, String subtree) {
        return jdbc.sql("select count(*) from cycle_snapshot s where s.cycle_id = :c and s.reopened > 0"
                        + scope(subtree))
                .params(params(cycleId, subtree))
                .query(Long.class)
                .single();
    }

    /** The next problems after ({@code number}, {@code id}); for a subtree, those with a measure in it. */
    List<CycleSnapshots.Problem> problemsAfter(long cycleId, String subtree, int number, long id, int limit) {
        Map<String, Object> params = params(cycleId, subtree);
        params.put("n", number);
        params.put("id", id);
        params.put("limit", limit);
        String visible = subtree == null
                ? ""
                : " and exists (select 1 from cycle_snapshot s where s.cycle_id = p.cycle_id"
                        + " and s.problem_id = p.problem_id" + IN_SUBTREE + ")";
        return jdbc.sql("""
                select p.problem_id, p.number, p.title, p.section_id from cycle_snapshot_problem p
                where p.cycle_id = :c and p.number >= :n and (p.number > :n or p.problem_id > :id)""" + visible + " order by p.number, p.problem_id limit :limit")
                .params(params)
                .query((rs, n) -> new CycleSnapshots.Problem(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), Jdbc.nullableLong(rs, "section_id")))
                .list();
    }

    /** The measures of these problems at the close, by problem and ordinal. */
    List<CycleSnapshots.Measure> measuresOf(long cycleId, String subtree, List<Long> problemIds) {
        if (problemIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = params(cycleId, subtree);
        params.put("problems", problemIds);
        return jdbc.sql("""
                select s.measure_id, s.problem_id, s.title, s.status, s.report_id from cycle_snapshot s
                where s.cycle_id = :c and s.problem_id in (:problems)""" + scope(subtree) + " order by s.problem_id, s.ordinal, s.measure_id")
                .params(params)
                .query((rs, n) -> new CycleSnapshots.Measure(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        Jdbc.nullableLong(rs, "report_id")))
                .list();
    }

    private static String scope(String subtree) {
        return subtree == null ? "" : IN_SUBTREE;
    }

    private static Map<String, Object> params(long cycleId, String subtree) {
        Map<String, Object> params = new HashMap<>();
        params.put("c", cycleId);
        if (subtree != null) {
            params.put("subtree", subtree);
        }
        return params;
    }
}
