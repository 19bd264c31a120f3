package taizhang.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.ledger.AssignedUnits;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Jdbc;
import taizhang.shared.SqlCondition;

/** What other features may ask of the progress reports' tables directly; the rest they read through its views (V62). */
@Repository
public class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes whenever a report is filed: the latest report's id, from the end of the primary key
     * ("null" while there is none).
     */
    public String changeMark() {
        return jdbc.sql("select max(id) from progress_report")
                .query((rs, n) -> String.valueOf(rs.getString(1)))
                .single();
    }

    /**
     * The oldest submitted reports on measures assigned within the subtree of any of these units
     * (the units a supervisor supervises) that also meet {@code also} (a condition over {@code r},
     * the report: the review queue's filters), up to {@code limit}.
     */
    public List<Long> submittedWithin(List<Long> units, SqlCondition also, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        SqlCondition assigned = AssignedUnits.withinAny(units, "r.measure_id");
        return jdbc.sql("select r.id from progress_report r where r.status = 'SUBMITTED' and " + assigned.sql()
                        + " and " + also.sql() + " order by r.submitted_at, r.id limit :limit")
                .params(assigned.params())
                .params(also.params())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * The submitted reports on measures of these campaigns, and on these further measures (the
     * sub-measures a lower office keeps, 分层建账) that also meet {@code also} (over {@code r}), oldest
     * submission first: the review queue. The measures' campaigns are the ledger's, probed by id
     * through its view (V90).
     */
    public List<Long> submittedIn(
            Collection<Long> campaignIds, Collection<Long> measureIds, SqlCondition also, int limit) {
        if (campaignIds.isEmpty() && measureIds.isEmpty()) {
            return List.of();
        }
        // An empty IN list is not valid SQL: a value no id takes stands in for it.
        return jdbc.sql("""
                select r.id from progress_report r where r.status = 'SUBMITTED'
                  and (r.measure_id in (:measures)
                       or exists (select 1 from ledger_measure_view m where m.id = r.measure_id and m.campaign_id in (:campaigns)))
                  and\s""" + also.sql() + " order by r.submitted_at, r.id limit :limit")
                .params(also.params())
                .param("campaigns", campaignIds.isEmpty() ? List.of(-1L) : campaignIds)
                .param("measures", measureIds.isEmpty() ? List.of(-1L) : measureIds)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** A period's reports: filed (not drafts), accepted, and accepted claiming the measure finished. */
    public record PeriodFigure(String period, long reports, long accepted, long claimedDone) {}

    /**
     * Reports per period on the campaign's measures, in no order (the labels' text order is not
     * their time order). {@code scopeOrgs} not null keeps the measures assigned within the subtree
     * of any of them (the ledger's rule). The measures are the ledger's view (V90), walked by
     * campaign, each joined to its reports through the reports' measure index.
     */
    public List<PeriodFigure> byPeriod(long campaignId, List<Long> scopeOrgs) {
        SqlCondition claimedFinished = MeasureStatus.finishedSql("r.claimed_status");
        String scope = scopeOrgs == null
                ? ""
                : " and " + AssignedUnits.withinAny(scopeOrgs, "m.id").sql();
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select r.period, count(*),
                       sum(case when r.status = 'ACCEPTED' then 1 else 0 end),
                       sum(case when r.status = 'ACCEPTED' and\s""" + claimedFinished.sql() + """
                 then 1 else 0 end)
                from ledger_measure_view m join progress_report r on r.measure_id = m.id
                where m.campaign_id = :campaign and r.status <> 'DRAFT'""" + scope + " group by r.period")
                .param("campaign", campaignId)
                .params(claimedFinished.params());
        if (scopeOrgs != null) {
            spec = spec.params(AssignedUnits.withinAny(scopeOrgs, "m.id").params());
        }
        return spec.query((rs, n) -> new PeriodFigure(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** A figure a report gave for an indicator. */
    public record ReportFigure(long reportId, long indicatorId, BigDecimal amount) {}

    /** The figures of these reports, in report and indicator order. */
    public List<ReportFigure> figures(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select report_id, indicator_id, amount from progress_report_figure
                where report_id in (:ids) order by report_id, indicator_id""")
                .param("ids", reportIds)
                .query((rs, n) -> new ReportFigure(rs.getLong(1), rs.getLong(2), Jdbc.decimal(rs, "amount")))
                .list();
    }

    /** A report the office accepted. */
    public record AcceptedReport(
            long id,
            long measureId,
            long organisationId,
            String period,
            String claimedStatus,
            String body,
            Instant reviewedAt) {}

    /** The reports accepted for a period on the campaign's measures in scope; in no order. */
    public List<AcceptedReport> acceptedFor(long campaignId, Long scopeOrg, String period) {
        return accepted("r.period = :period", campaignId, scopeOrg, Map.of("period", period));
    }

    /** The reports accepted in a time window, whatever their period, on the campaign's measures in scope. */
    public List<AcceptedReport> acceptedIn(long campaignId, Long scopeOrg, Instant from, Instant to) {
        return accepted(
                "r.reviewed_at >= :from and r.reviewed_at < :to",
                campaignId,
                scopeOrg,
                Map.of("from", Jdbc.utc(from), "to", Jdbc.utc(to)));
    }

    private List<AcceptedReport> accepted(
            String condition, long campaignId, Long scopeOrg, Map<String, Object> params) {
        return spec(
                        """
                        select r.id, r.measure_id, r.organisation_id, r.period, r.claimed_status, r.body, r.reviewed_at
                        from progress_report r where r.status = 'ACCEPTED' and\s""" + condition
                                + " and exists (select 1 from ledger_measure_view m where m.id = r.measure_id and "
                                + measures(scopeOrg) + ")",
                        campaignId,
                        scopeOrg)
                .params(params)
                .query((rs, n) -> new AcceptedReport(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Jdbc.instant(rs, "reviewed_at")))
                .list();
    }

    /**
     * The period labels of the reports on the campaign's measures in scope. The table's distinct
     * labels, a few dozen across all campaigns, are walked through its period index one jump at a
     * time, and each is kept if a report in scope has it; reading the campaign's reports instead
     * costs a second at a million measures. The ledger's id range of the campaign's measures
     * ({@code firstId}, {@code lastId}) keeps the check for another campaign's label to this
     * campaign's reports. {@code offset 0} keeps PostgreSQL from turning each check into a join
     * over every row.
     */
    public List<String> periods(long campaignId, Long scopeOrg, long firstId, long lastId) {
        return spec("""
                        with recursive report_period(period) as (
                            select (select period from progress_report order by period limit 1)
                            union all select (select t.period from progress_report t where t.period > p.period
                                              order by t.period limit 1) from report_period p where p.period is not null)
                        select p.period from report_period p where exists (
                            select 1 from progress_report r join ledger_measure_view m on m.id = r.measure_id
                            where r.period = p.period and r.measure_id between :first and :last and\s""" + measures(scopeOrg) + " offset 0)", campaignId, scopeOrg)
                .param("first", firstId)
                .param("last", lastId)
                .query(String.class)
                .list();
    }

    /** The campaign's measures in scope, as a condition on the ledger's view under alias {@code m}. */
    private static String measures(Long scopeOrg) {
        return scopeOrg == null
                ? "m.campaign_id = :campaign"
                : "m.campaign_id = :campaign and "
                        + AssignedUnits.within(scopeOrg, "m.id").sql();
    }

    private JdbcClient.StatementSpec spec(String sql, long campaignId, Long scopeOrg) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("campaign", campaignId);
        return scopeOrg == null
                ? spec
                : spec.params(AssignedUnits.within(scopeOrg, "m.id").params());
    }

    /**
     * Per organisation that filed them, its reports for these periods that the office returned and
     * has not accepted since: still returned, or submitted again and awaiting review (a resubmitted
     * report keeps its return reason until accepted). {@code measures} narrows to the reports of
     * some measures, such as one campaign's.
     */
    public Map<Long, Long> returnedByUnit(Collection<String> periods, SqlCondition measures) {
        Map<Long, Long> returned = new HashMap<>();
        if (periods.isEmpty()) {
            return returned;
        }
        jdbc.sql("select r.organisation_id, count(*) from progress_report r where r.period in (:periods)"
                        + " and (r.status = 'RETURNED' or (r.status = 'SUBMITTED' and r.return_reason is not null))"
                        + " and " + measures.sql() + " group by r.organisation_id")
                .param("periods", periods)
                .params(measures.params())
                .query(rs -> {
                    returned.put(rs.getLong(1), rs.getLong(2));
                });
        return returned;
    }
}
