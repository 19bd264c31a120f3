package taizhang.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Overdue;
import taizhang.shared.SqlCondition;

/**
 * The dashboard's statistics, one grouped query each over a campaign's measures, served by the
 * {@code measure_campaign_*} indexes. When the reader does not own the campaign, the measures
 * are narrowed by the visibility rule of the ledger: led by, or co-assigned to, an organisation
 * in the reader's subtree, which is one key of {@code measure_unit} (for the owner that rule
 * admits every measure, so it is left out).
 */
@Repository
class DashboardRepository {

    private static final String IN_SCOPE =
            " and exists (select 1 from measure_unit su where su.org_id = :scopeOrg and su.measure_id = m.id)";

    /** Finished and overdue are the ledger's rules ({@link MeasureStatus}, {@link Overdue}), not re-typed here. */
    private static final SqlCondition FINISHED = MeasureStatus.finishedSql("m.status");

    record StatusCount(String status, String warning, long count, long overdue) {}

    record Share(long id, String label, long total, long finished) {}

    record OverdueMeasure(long id, String title, LocalDate deadline, String lead) {}

    record PeriodFigure(String period, long reports, long accepted, long claimedDone) {}

    /**
     * The campaign's measures in scope: those of the reader's organisation ({@code measure_unit}
     * holds no rows for the root, whose readers own every campaign); null means all of them.
     */
    record Scope(long campaignId, Long orgId) {

        String condition() {
            return orgId == null ? "" : IN_SCOPE;
        }
    }

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusCount> byStatus(Scope s, LocalDate today) {
        SqlCondition overdue = Overdue.sql(today);
        return query(
                        "select m.status, m.warning, count(*) as n, sum(" + overdue.asCount() + ") as overdue"
                                + " from measure m where m.campaign_id = :campaign" + s.condition()
                                + " group by m.status, m.warning",
                        s)
                .params(overdue.params())
                .query((rs, n) -> new StatusCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * The first problems by number that have measures in scope, with their counts: the problems
     * are taken first, in index order, so a campaign of 250,000 problems costs as much as one of 60.
     */
    List<Share> byProblem(Scope s, int limit) {
        return query(
                        """
                select p.id, p.number, p.title, count(*), sum(""" + FINISHED.asCount() + """
                ) from (select fp.id, fp.number, fp.title from problem fp where fp.campaign_id = :campaign
                        and exists (select 1 from measure m where m.problem_id = fp.id""" + s.condition() + """
                ) order by fp.number, fp.id limit :limit) p
                join measure m on m.problem_id = p.id where 1 = 1""" + s.condition()
                                + " group by p.id, p.number, p.title order by p.number, p.id",
                        s)
                .params(FINISHED.params())
                .param("limit", limit)
                .query((rs, n) ->
                        new Share(rs.getLong(1), rs.getInt(2) + ". " + rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Per lead organisation (0 for none); the service rolls them up to the units below the reader. */
    List<Share> byLead(Scope s) {
        return query(
                        "select coalesce(m.lead_org_id, 0), count(*), sum(" + FINISHED.asCount()
                                + ") from measure m where m.campaign_id = :campaign" + s.condition()
                                + " group by m.lead_org_id",
                        s)
                .params(FINISHED.params())
                .query((rs, n) -> new Share(rs.getLong(1), "", rs.getLong(2), rs.getLong(3)))
                .list();
    }

    List<OverdueMeasure> overdue(Scope s, LocalDate today, int limit) {
        SqlCondition overdue = Overdue.sql(today);
        return query("""
                select m.id, m.title, m.deadline, lo.name from measure m
                left join organisation lo on lo.id = m.lead_org_id
                where m.campaign_id = :campaign and\s""" + overdue.sql() + s.condition() + " order by m.deadline, m.id limit :limit", s)
                .params(overdue.params())
                .param("limit", limit)
                .query((rs, n) -> new OverdueMeasure(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    /**
     * The ids of the indicators with a target, campaign-wide ones first. Each kind is taken in id
     * order up to the limit before the two are put together, so only the first few indicators of a
     * large campaign are read; their readings, and which is the latest, are the indicator feature's.
     */
    List<Long> indicators(Scope s, int limit) {
        String scoped = s.orgId() == null
                ? ""
                : " and exists (select 1 from measure m where m.id = i.measure_id" + IN_SCOPE + ")";
        String first = "select i.id, %d as kind from indicator i"
                + " where i.campaign_id = :campaign and i.target is not null and i.measure_id is %s" + scoped
                + " order by i.id limit :limit";
        return query(
                        "select x.id from ((" + first.formatted(0, "null") + ") union all ("
                                + first.formatted(1, "not null") + ")) x order by x.kind, x.id limit :limit",
                        s)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Reports per period, in no order: the labels' text order is not their time order. */
    List<PeriodFigure> byPeriod(Scope s) {
        SqlCondition claimedFinished = MeasureStatus.finishedSql("r.claimed_status");
        return query("""
                select r.period, count(*),
                       sum(case when r.status = 'ACCEPTED' then 1 else 0 end),
                       sum(case when r.status = 'ACCEPTED' and\s""" + claimedFinished.sql() + """
                 then 1 else 0 end)
                from progress_report r join measure m on m.id = r.measure_id
                where m.campaign_id = :campaign and r.status <> 'DRAFT'""" + s.condition() + " group by r.period", s)
                .params(claimedFinished.params())
                .query((rs, n) -> new PeriodFigure(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * What changes when the figures may change, each read from the end of an index: the latest
     * measure edit, the latest report, reading, campaign and indicator.
     */
    String fingerprint() {
        return jdbc.sql("""
                select (select max(updated_at) from measure), (select max(id) from progress_report),
                       (select max(id) from indicator_reading), (select max(id) from campaign),
                       (select max(id) from indicator)""")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5))
                .single();
    }

    private JdbcClient.StatementSpec query(String sql, Scope s) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("campaign", s.campaignId());
        return s.orgId() == null ? spec : spec.param("scopeOrg", s.orgId());
    }
}
