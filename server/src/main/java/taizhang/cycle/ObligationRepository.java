package taizhang.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.progress.ReportStatus;

/**
 * Who owes a cycle: one query over the cycle's required measures — live for an open cycle, the
 * snapshot for a closed one — each with the best report its lead unit (or a unit above it, acting
 * for its subtree) filed for the period.
 */
@Repository
class ObligationRepository {

    /** The measures an open cycle requires: the campaign's measures not closed and not excluded. */
    private static final String REQUIRED_OPEN = """
            select m.id as measure_id, m.lead_org_id, m.problem_id, m.ordinal, m.title from measure m
            where m.campaign_id = :campaign and m.status <> 'CLOSED'
              and not exists (select 1 from cycle_exclusion e where e.cycle_id = :cycle and e.measure_id = m.id)""";

    /** The measures a closed cycle covered: those its snapshot marks required. */
    private static final String REQUIRED_CLOSED = """
            select s.measure_id, s.lead_org_id, s.problem_id, s.ordinal, s.title from cycle_snapshot s
            where s.cycle_id = :cycle and s.required""";

    /**
     * 2 when the lead's side has a submitted or accepted report for the period, 1 when its report
     * was returned and not submitted again, 0 otherwise.
     */
    private static final String PROGRESS = """
            coalesce((select max(case when r.status in ('SUBMITTED', 'ACCEPTED') then 2
                                      when r.status = 'RETURNED' then 1 else 0 end)
                      from progress_report r join organisation ro on ro.id = r.organisation_id
                      where r.measure_id = q.measure_id and r.period = :period
                        and lead.path like ro.path || '%'), 0)""";

    private final JdbcClient jdbc;

    ObligationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units that owe reports, each with the measures it owes, in tree order; {@code subtree} null for all. */
    List<MissingUnit> missing(ReportingCycle cycle, String subtree) {
        Map<Long, MissingUnit> units = new LinkedHashMap<>();
        jdbc.sql("select x.* from (" + sql(cycle) + ") x where x.progress < 2 " + scope(subtree)
                        + " order by x.org_path, x.org_id, x.measure_id")
                .params(params(cycle, subtree))
                .query(rs -> {
                    String name = rs.getString("org_name");
                    units.computeIfAbsent(rs.getLong("org_id"), id -> new MissingUnit(id, name, new ArrayList<>()))
                            .measureIds()
                            .add(rs.getLong("measure_id"));
                });
        return List.copyOf(units.values());
    }

    /** One row per required measure, in measure order, a page at a time. */
    List<Obligation> page(
            ReportingCycle cycle, String subtree, boolean owingOnly, int offset, int limit, LocalDate today) {
        return jdbc.sql("select x.* from (" + sql(cycle) + ") x where 1 = 1 " + scope(subtree)
                        + (owingOnly ? " and x.progress < 2" : "")
                        + " order by x.measure_id limit :limit offset :offset")
                .params(params(cycle, subtree))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Obligation(
                        rs.getLong("measure_id"),
                        rs.getInt("problem_number") + "-" + rs.getInt("ordinal"),
                        rs.getString("title"),
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        Standing.of(progress(rs.getInt("progress")), cycle, today),
                        rs.getString("return_reason")))
                .list();
    }

    /** Per unit: required, submitted and returned-not-resubmitted counts. */
    List<UnitTally> tallies(ReportingCycle cycle, String subtree) {
        return jdbc.sql("select x.org_id, x.org_name, count(*) as required,"
                        + " sum(case when x.progress = 2 then 1 else 0 end) as submitted,"
                        + " sum(case when x.progress = 1 then 1 else 0 end) as returned"
                        + " from (" + sql(cycle) + ") x where 1 = 1 " + scope(subtree)
                        + " group by x.org_id, x.org_name, x.org_path order by x.org_path, x.org_id")
                .params(params(cycle, subtree))
                .query((rs, n) -> new UnitTally(
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        rs.getInt("required"),
                        rs.getInt("submitted"),
                        rs.getInt("returned"),
                        null))
                .list();
    }

    private static String sql(ReportingCycle cycle) {
        return "select q.measure_id, q.ordinal, q.title, p.number as problem_number, lead.id as org_id,"
                + " lead.name as org_name, lead.path as org_path, " + PROGRESS + " as progress,"
                + " (select max(r.return_reason) from progress_report r where r.measure_id = q.measure_id"
                + " and r.period = :period and r.organisation_id = lead.id and r.status = 'RETURNED') as return_reason"
                + " from (" + (cycle.isOpen() ? REQUIRED_OPEN : REQUIRED_CLOSED) + ") q"
                + " join organisation lead on lead.id = q.lead_org_id join problem p on p.id = q.problem_id";
    }

    private static String scope(String subtree) {
        return subtree == null ? "" : " and x.org_path like :subtree";
    }

    private static Map<String, Object> params(ReportingCycle cycle, String subtree) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("campaign", cycle.campaignId());
        params.put("cycle", cycle.id());
        params.put("period", cycle.period().label());
        if (subtree != null) {
            params.put("subtree", subtree);
        }
        return params;
    }

    private static ReportStatus progress(int rank) {
        return rank == 2 ? ReportStatus.SUBMITTED : rank == 1 ? ReportStatus.RETURNED : null;
    }
}
