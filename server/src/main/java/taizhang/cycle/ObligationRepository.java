package taizhang.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.progress.ReportStatus;
import taizhang.shared.TableStatistics;

/**
 * Who owes a cycle, from {@code cycle_obligation}: each required measure's progress, written when
 * the cycle opens and kept as its reports move ({@link #recount}), and, while the cycle is open, the
 * measure's lead unit as the ledger changes it ({@link #follow}: null once the measure is closed or
 * removed), so the missing list reads only the obligations that still owe. Measures created since
 * the opening are weighed as they are read; the other pages of an open cycle join the live ledger,
 * a closed cycle's its snapshot. The unit that owes is the measure's lead unit; its report, or one of
 * a unit above it acting for its subtree, settles the measure.
 */
@Repository
class ObligationRepository {

    /**
     * The progress of measure {@code m} for the period: 2 when the lead's side has a submitted or
     * accepted report, 1 when its report was returned and not submitted again, 0 otherwise.
     */
    private static final String PROGRESS = """
            coalesce((select max(case when r.status in ('SUBMITTED', 'ACCEPTED') then 2
                                      when r.status = 'RETURNED' then 1 else 0 end)
                      from progress_report_view r join org_unit_view ro on ro.id = r.organisation_id
                      join org_unit_view lo on lo.id = m.lead_org_id
                      where r.measure_id = m.id and r.period = :period and lo.path like ro.path || '%'), 0)""";

    /** Measures per statement when obligations follow the ledger: bounded for the databases' parameter limits. */
    private static final int FOLLOW_CHUNK = 1_000;

    private static final String NOT_EXCLUDED =
            "not exists (select 1 from cycle_exclusion e where e.cycle_id = :cycle and e.measure_id = m.id)";

    private final JdbcClient jdbc;
    private final TableStatistics statistics;

    ObligationRepository(JdbcClient jdbc, TableStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    /** Writes the obligations of a cycle just opened (or reopened): its required measures as they stand. */
    void write(ReportingCycle cycle) {
        jdbc.sql("delete from cycle_obligation where cycle_id = :cycle")
                .param("cycle", cycle.id())
                .update();
        jdbc.sql("""
                insert into cycle_obligation (cycle_id, measure_id, lead_org_id, progress)
                select :cycle, m.id, m.lead_org_id, coalesce(max(case when lo.path like ro.path || '%' then
                           case when r.status in ('SUBMITTED', 'ACCEPTED') then 2
                                when r.status = 'RETURNED' then 1 else 0 end else 0 end), 0)
                from ledger_measure_view m
                left join org_unit_view lo on lo.id = m.lead_org_id
                left join progress_report_view r on r.measure_id = m.id and r.period = :period
                left join org_unit_view ro on ro.id = r.organisation_id
                where m.campaign_id = :campaign and m.status <> 'CLOSED' and\s""" + NOT_EXCLUDED + " group by m.id, m.lead_org_id")
                .params(params(cycle, null))
                .update();
        jdbc.sql("""
                update reporting_cycle set last_measure_id =
                    coalesce((select max(o.measure_id) from cycle_obligation o where o.cycle_id = :cycle), 0)
                where id = :cycle""").param("cycle", cycle.id()).update();
        statistics.refresh("cycle_obligation");
    }

    /**
     * At the close: the measures created since the opening that the snapshot holds as required join
     * the obligations, weighed as they stood, so a closed cycle's obligations are complete.
     */
    void complete(ReportingCycle cycle) {
        jdbc.sql("""
                insert into cycle_obligation (cycle_id, measure_id, progress)
                select :cycle, m.id,\s""" + PROGRESS + """
                 from cycle_snapshot s join ledger_measure_view m on m.id = s.measure_id
                where s.cycle_id = :cycle and s.required
                  and not exists (select 1 from cycle_obligation o where o.cycle_id = :cycle and o.measure_id = m.id)""").params(params(cycle, null)).update();
        // The owing measures keep their lead as closed: the missing list then reads them alone (V94).
        jdbc.sql("""
                update cycle_obligation set lead_org_id =
                    (select s.lead_org_id from cycle_snapshot s
                     where s.cycle_id = cycle_obligation.cycle_id and s.measure_id = cycle_obligation.measure_id
                       and s.required)
                where cycle_id = :cycle and progress < 2""").param("cycle", cycle.id()).update();
        statistics.refresh("cycle_obligation");
    }

    /**
     * These measures of the campaign changed in the ledger: in its open cycles their obligations take
     * the lead unit each has now, or none when it was closed or removed (it then owes nothing).
     */
    void follow(long campaignId, List<Long> measureIds) {
        List<Long> open = jdbc.sql("select id from reporting_cycle where campaign_id = :campaign and status = 'OPEN'")
                .param("campaign", campaignId)
                .query(Long.class)
                .list();
        for (long cycle : open) {
            for (int from = 0; from < measureIds.size(); from += FOLLOW_CHUNK) {
                jdbc.sql("""
                        update cycle_obligation set lead_org_id =
                            (select m.lead_org_id from ledger_measure_view m
                             where m.id = cycle_obligation.measure_id and m.status <> 'CLOSED')
                        where cycle_id = :cycle and measure_id in (:measures)""")
                        .param("cycle", cycle)
                        .param("measures", measureIds.subList(from, Math.min(from + FOLLOW_CHUNK, measureIds.size())))
                        .update();
            }
        }
    }

    /** Weighs these measures again in the open cycles of the period: their reports for it changed. */
    void recount(String period, Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return;
        }
        jdbc.sql("update cycle_obligation set progress = (select " + PROGRESS
                        + " from ledger_measure_view m where m.id = cycle_obligation.measure_id)"
                        + " where measure_id in (:measures) and cycle_id in"
                        + " (select c.id from reporting_cycle c where c.period = :period and c.status = 'OPEN')")
                .param("period", period)
                .param("measures", measureIds)
                .update();
    }

    /** The units that owe reports, each with the measures it owes, in tree order; {@code subtree} null for all. */
    List<MissingUnit> missing(ReportingCycle cycle, String subtree) {
        Map<Long, List<Long>> owedByUnit = new HashMap<>();
        String owing = cycle.isOpen()
                ? "select q.measure_id, q.lead_org_id from (select o.measure_id, o.lead_org_id, o.progress"
                        + " from cycle_obligation o where o.cycle_id = :cycle and o.progress < 2 union all "
                        + created("m.id as measure_id, m.lead_org_id, ") + ") q where q.progress < 2"
                : "select q.measure_id, q.lead_org_id from cycle_obligation q where q.cycle_id = :cycle and q.progress < 2";
        jdbc.sql(
                        owing + " and q.lead_org_id is not null"
                                + (subtree == null
                                        ? ""
                                        : " and q.lead_org_id in (select o.id from org_unit_view o where o.path like :subtree)"))
                .params(params(cycle, subtree))
                .query(rs -> {
                    owedByUnit
                            .computeIfAbsent(rs.getLong(2), id -> new ArrayList<>())
                            .add(rs.getLong(1));
                });
        if (owedByUnit.isEmpty()) {
            return List.of();
        }
        // Units in tree order, measures in id order, sorted here: the database would spill the sort to disk.
        return jdbc.sql("select id, name from org_unit_view where id in (:ids) order by path, id")
                .param("ids", owedByUnit.keySet())
                .query((rs, n) -> {
                    List<Long> owed = owedByUnit.get(rs.getLong(1));
                    owed.sort(null);
                    return new MissingUnit(rs.getLong(1), rs.getString(2), owed);
                })
                .list();
    }

    /** One row per required measure, in measure order, a page at a time. */
    List<Obligation> page(
            ReportingCycle cycle, String subtree, boolean owingOnly, int offset, int limit, LocalDate today) {
        return jdbc.sql("select x.* from (" + sql(cycle, owingOnly) + ") x where 1 = 1 " + scope(subtree)
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
                        + " from (" + sql(cycle, false) + ") x where 1 = 1 " + scope(subtree)
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

    private static String sql(ReportingCycle cycle, boolean owingOnly) {
        return "select q.measure_id, q.ordinal, q.title, p.number as problem_number, lead.id as org_id,"
                + " lead.name as org_name, lead.path as org_path, q.progress,"
                + " (select max(r.return_reason) from progress_report_return_view r where r.measure_id = q.measure_id"
                + " and r.period = :period and r.organisation_id = lead.id and r.status = 'RETURNED') as return_reason"
                + " from (" + required(cycle, owingOnly) + ") q"
                + " join org_unit_view lead on lead.id = q.lead_org_id join ledger_problem_view p on p.id = q.problem_id";
    }

    /**
     * The cycle's required measures with their lead unit, problem, ordinal, title and progress;
     * {@code owingOnly} keeps those below 2 from the start, which the obligations' index answers
     * without reading the settled ones.
     */
    private static String required(ReportingCycle cycle, boolean owingOnly) {
        String owing = owingOnly ? " and o.progress < 2" : "";
        if (!cycle.isOpen()) {
            return "select s.measure_id, s.lead_org_id, s.problem_id, s.ordinal, s.title, o.progress"
                    + " from cycle_obligation o join cycle_snapshot s on s.cycle_id = o.cycle_id"
                    + " and s.measure_id = o.measure_id where o.cycle_id = :cycle and s.required" + owing;
        }
        String columns = "m.id as measure_id, m.lead_org_id, m.problem_id, m.ordinal, m.title, ";
        return "select " + columns
                + "o.progress from cycle_obligation o join ledger_measure_view m on m.id = o.measure_id"
                + " where o.cycle_id = :cycle and m.status <> 'CLOSED'" + owing
                + " union all " + created(columns);
    }

    /** An open cycle's measures created since it opened, each weighed as it is read. */
    private static String created(String columns) {
        return "select " + columns + PROGRESS
                + " from ledger_measure_view m where m.campaign_id = :campaign and m.status <> 'CLOSED' and "
                + NOT_EXCLUDED + " and m.id > :after";
    }

    private static String scope(String subtree) {
        return subtree == null ? "" : " and x.org_path like :subtree";
    }

    /**
     * The parameters of the cycle's queries, with the last measure id the obligations hold bound as a
     * value: as a subquery the planner guessed a third of the campaign above it.
     */
    private Map<String, Object> params(ReportingCycle cycle, String subtree) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(
                "after",
                jdbc.sql("select last_measure_id from reporting_cycle where id = :cycle")
                        .param("cycle", cycle.id())
                        .query(Long.class)
                        .single());
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
