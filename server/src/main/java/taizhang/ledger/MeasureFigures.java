package taizhang.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.SqlCondition;

/**
 * The figures of a campaign's measures that the dashboard counts in the database, one grouped
 * query each, served by the {@code measure_campaign_*} indexes (V10). They read the tables, not
 * the ledger's views: H2 runs a view as a separate query whose rows it collects, which costs an
 * index-only count over a million measures several times its time. {@code scopeOrgs} null counts
 * every measure of the campaign (its owner's view), else those assigned within the subtree of any
 * of those organisations ({@link AssignedUnits#withinAny}: the reader's own, and those it supervises).
 */
@Repository
public class MeasureFigures {

    private static final SqlCondition FINISHED = MeasureStatus.finishedSql("m.status");

    public record StatusCount(String status, String warning, long count, long overdue) {}

    public record ProblemShare(long id, int number, String title, long total, long finished) {}

    /** Per lead organisation, 0 for none. */
    public record LeadShare(long leadOrgId, long total, long finished) {}

    public record OverdueMeasure(long id, String title, LocalDate deadline, String lead) {}

    /**
     * Per lead organisation (0 for none), for the annual assessment: its measures; those whose
     * deadline fell due from {@code from} up to the day before {@code asOf}, and of them the finished
     * ones; and those {@link Overdue} as of {@code asOf} and red.
     */
    public record LeadDeadlines(long leadOrgId, long measures, long due, long finished, long overdueRed) {}

    private final JdbcClient jdbc;
    private final OrgService organisations;

    MeasureFigures(JdbcClient jdbc, OrgService organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public List<StatusCount> byStatus(long campaignId, List<Long> scopeOrgs, LocalDate today) {
        SqlCondition overdue = Overdue.sql(today);
        return query(
                        "select m.status, m.warning, count(*) as n, sum(" + overdue.asCount() + ") as overdue"
                                + " from measure m where m.campaign_id = :campaign" + scope(scopeOrgs)
                                + " group by m.status, m.warning",
                        campaignId,
                        scopeOrgs)
                .params(overdue.params())
                .query((rs, n) -> new StatusCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * The first problems by number that have measures in scope, with their counts: the problems
     * are taken first, in index order, so a campaign of 250,000 problems costs as much as one of 60.
     */
    public List<ProblemShare> byProblem(long campaignId, List<Long> scopeOrgs, int limit) {
        String scope = scope(scopeOrgs);
        return query(
                        """
                select p.id, p.number, p.title, count(*), sum(""" + FINISHED.asCount() + """
                ) from (select fp.id, fp.number, fp.title from problem fp where fp.campaign_id = :campaign
                        and exists (select 1 from measure m where m.problem_id = fp.id""" + scope + """
                ) order by fp.number, fp.id limit :limit) p
                join measure m on m.problem_id = p.id where 1 = 1""" + scope
                                + " group by p.id, p.number, p.title order by p.number, p.id",
                        campaignId,
                        scopeOrgs)
                .params(FINISHED.params())
                .param("limit", limit)
                .query((rs, n) ->
                        new ProblemShare(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public List<LeadShare> byLead(long campaignId, List<Long> scopeOrgs) {
        return query(
                        "select coalesce(m.lead_org_id, 0), count(*), sum(" + FINISHED.asCount()
                                + ") from measure m where m.campaign_id = :campaign" + scope(scopeOrgs)
                                + " group by m.lead_org_id",
                        campaignId,
                        scopeOrgs)
                .params(FINISHED.params())
                .query((rs, n) -> new LeadShare(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** {@link LeadDeadlines} of every lead unit of the campaign, in one grouped pass over its measures. */
    public List<LeadDeadlines> deadlinesByLead(long campaignId, LocalDate from, LocalDate asOf) {
        SqlCondition overdue = Overdue.sql(asOf);
        String due = "m.deadline >= :dueFrom and m.deadline < :overdueBefore";
        return jdbc.sql("select coalesce(m.lead_org_id, 0), count(*), sum(case when " + due + " then 1 else 0 end),"
                        + " sum(case when " + due + " and " + FINISHED.sql() + " then 1 else 0 end),"
                        + " sum(case when " + overdue.sql() + " and m.warning = :red then 1 else 0 end)"
                        + " from measure m where m.campaign_id = :campaign and " + Removal.live("m")
                        + " group by m.lead_org_id")
                .params(FINISHED.params())
                .params(overdue.params())
                .param("dueFrom", from)
                .param("red", WarningLevel.RED.name())
                .param("campaign", campaignId)
                .query((rs, n) ->
                        new LeadDeadlines(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /**
     * The measures of one campaign, for a feature that counts its own rows by the measures they
     * belong to: {@code measureId} is the column naming the measure.
     */
    public static SqlCondition inCampaign(long campaignId, String measureId) {
        return new SqlCondition(
                "exists (select 1 from measure cm where cm.id = " + measureId + " and cm.campaign_id = :inCampaign and "
                        + Removal.live("cm") + ")",
                Map.of("inCampaign", campaignId));
    }

    /** The first overdue measures by deadline, each with its lead unit's name (a few, looked up in the tree). */
    public List<OverdueMeasure> overdue(long campaignId, List<Long> scopeOrgs, LocalDate today, int limit) {
        SqlCondition overdue = Overdue.sql(today);
        List<OverdueRow> rows = query(
                        """
                select m.id, m.title, m.deadline, m.lead_org_id from measure m
                where m.campaign_id = :campaign and\s""" + overdue.sql() + scope(scopeOrgs) + " order by m.deadline, m.id limit :limit",
                        campaignId,
                        scopeOrgs)
                .params(overdue.params())
                .param("limit", limit)
                .query((rs, n) -> new OverdueRow(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, Long.class)))
                .list();
        return named(rows);
    }

    /**
     * The first unfinished measures behind their indicator's plan (计划进度滞后, the lag last assessed
     * for the warnings), by id, each with its lead unit's name; the deadline is theirs.
     */
    public List<OverdueMeasure> behindPlan(long campaignId, int limit) {
        List<OverdueRow> rows = jdbc.sql("""
                select m.id, m.title, m.deadline, m.lead_org_id from measure m
                where m.campaign_id = :campaign and m.plan_lag = 'RED' and not (""" + FINISHED.sql() + ") order by m.id limit :limit")
                .param("campaign", campaignId)
                .params(FINISHED.params())
                .param("limit", limit)
                .query((rs, n) -> new OverdueRow(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, Long.class)))
                .list();
        return named(rows);
    }

    private List<OverdueMeasure> named(List<OverdueRow> rows) {
        Map<Long, String> names = new HashMap<>();
        for (OverdueRow row : rows) {
            if (row.leadOrgId() != null && !names.containsKey(row.leadOrgId())) {
                names.put(
                        row.leadOrgId(),
                        organisations
                                .find(row.leadOrgId())
                                .map(Organisation::name)
                                .orElse(null));
            }
        }
        return rows.stream()
                .map(r -> new OverdueMeasure(r.id(), r.title(), r.deadline(), names.get(r.leadOrgId())))
                .toList();
    }

    private record OverdueRow(long id, String title, LocalDate deadline, Long leadOrgId) {}

    /** The measures in the ledger (not removed), within the scope. */
    private static String scope(List<Long> scopeOrgs) {
        String live = " and " + Removal.live("m");
        return scopeOrgs == null
                ? live
                : live + " and " + AssignedUnits.withinAny(scopeOrgs, "m.id").sql();
    }

    private JdbcClient.StatementSpec query(String sql, long campaignId, List<Long> scopeOrgs) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("campaign", campaignId);
        return scopeOrgs == null
                ? spec
                : spec.params(AssignedUnits.withinAny(scopeOrgs, "m.id").params());
    }
}
