package taizhang.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's statistics, one grouped query each over a campaign's measures, served by the
 * {@code measure_campaign_*} indexes. When the reader does not own the campaign, the measures
 * are narrowed by the visibility rule of the ledger: led by, or co-assigned to, an organisation
 * in the reader's subtree (for the owner that rule admits every measure, so it is left out).
 */
@Repository
class DashboardRepository {

    private static final String IN_SCOPE = " and (m.lead_org_id in (select so.id from organisation so where so.path like :scope)"
            + " or exists (select 1 from measure_co_unit scu join organisation sco on sco.id = scu.org_id"
            + " where scu.measure_id = m.id and sco.path like :scope))";

    private static final String FINISHED = "case when m.status in ('DONE', 'CLOSED') then 1 else 0 end";

    record StatusCount(String status, String warning, long count, long overdue) {
    }

    record Share(long id, String label, long total, long finished) {
    }

    record Overdue(long id, String title, LocalDate deadline, String lead) {
    }

    record IndicatorFigure(long id, String name, String unit, BigDecimal target, BigDecimal latest) {
    }

    record PeriodFigure(String period, long reports, long accepted, long claimedDone) {
    }

    /** The campaign's measures in scope; {@code scope} null means all of them (the owner's view). */
    record Scope(long campaignId, String scope) {

        String condition() {
            return scope == null ? "" : IN_SCOPE;
        }
    }

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusCount> byStatus(Scope s, LocalDate today) {
        return query("""
                select m.status, m.warning, count(*) as n,
                       sum(case when m.deadline < :today then 1 else 0 end) as overdue
                from measure m where m.campaign_id = :campaign""" + s.condition() + " group by m.status, m.warning", s)
                .param("today", today)
                .query((rs, n) -> new StatusCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    List<Share> byProblem(Scope s, int limit) {
        return query("""
                select p.id, p.number, p.title, g.total, g.finished
                from (select m.problem_id, count(*) as total, sum(""" + FINISHED + ") as finished"
                + " from measure m where m.campaign_id = :campaign" + s.condition() + " group by m.problem_id) g"
                + " join problem p on p.id = g.problem_id order by p.number, p.id limit :limit", s)
                .param("limit", limit)
                .query((rs, n) -> new Share(rs.getLong(1), rs.getInt(2) + ". " + rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** Per lead organisation (0 for none); the service rolls them up to the units below the reader. */
    List<Share> byLead(Scope s) {
        return query("select coalesce(m.lead_org_id, 0), count(*), sum(" + FINISHED
                + ") from measure m where m.campaign_id = :campaign" + s.condition() + " group by m.lead_org_id", s)
                .query((rs, n) -> new Share(rs.getLong(1), "", rs.getLong(2), rs.getLong(3))).list();
    }

    List<Overdue> overdue(Scope s, LocalDate today, int limit) {
        return query("""
                select m.id, m.title, m.deadline, lo.name from measure m
                left join organisation lo on lo.id = m.lead_org_id
                where m.campaign_id = :campaign and m.deadline < :today and m.status not in ('DONE', 'CLOSED')"""
                + s.condition() + " order by m.deadline, m.id limit :limit", s)
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
    }

    /** Indicators with a target, campaign-wide ones first, each with its latest reading. */
    List<IndicatorFigure> indicators(Scope s, int limit) {
        String scoped = s.scope() == null ? ""
                : " and exists (select 1 from measure m where m.id = i.measure_id" + IN_SCOPE + ")";
        return query("""
                select i.id, i.name, i.unit, i.target,
                       (select r.amount from indicator_reading r where r.indicator_id = i.id
                        order by r.period desc, r.id desc limit 1) as latest
                from indicator i where i.campaign_id = :campaign and i.target is not null""" + scoped
                + " order by case when i.measure_id is null then 0 else 1 end, i.id limit :limit", s)
                .param("limit", limit)
                .query((rs, n) -> new IndicatorFigure(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    List<PeriodFigure> byPeriod(Scope s) {
        return query("""
                select r.period, count(*),
                       sum(case when r.status = 'ACCEPTED' then 1 else 0 end),
                       sum(case when r.status = 'ACCEPTED' and r.claimed_status = 'DONE' then 1 else 0 end)
                from progress_report r join measure m on m.id = r.measure_id
                where m.campaign_id = :campaign and r.status <> 'DRAFT'""" + s.condition()
                + " group by r.period order by r.period", s)
                .query((rs, n) -> new PeriodFigure(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private JdbcClient.StatementSpec query(String sql, Scope s) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("campaign", s.campaignId());
        return s.scope() == null ? spec : spec.param("scope", s.scope());
    }
}
