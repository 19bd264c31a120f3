package taizhang.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.indicator.IndicatorQueries;
import taizhang.ledger.AssignedUnits;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.MeasureFigures;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressQueries;
import taizhang.shared.SqlCondition;

/**
 * The dashboard's statistics over one campaign's measures. The measures' figures are the
 * ledger's ({@link MeasureFigures}), the indicators' the indicator feature's; the dashboard
 * counts only the reports per period itself. When the reader does not own the campaign, the
 * measures are narrowed by the visibility rule of the ledger ({@link AssignedUnits}; for the owner
 * that rule admits every measure, so it is left out).
 */
@Repository
class DashboardRepository {

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
            return orgId == null
                    ? ""
                    : " and " + AssignedUnits.within(orgId, "m.id").sql();
        }
    }

    private final JdbcClient jdbc;
    private final MeasureFigures measures;
    private final LedgerQueries ledger;
    private final ProgressQueries progress;
    private final IndicatorQueries indicators;

    DashboardRepository(
            JdbcClient jdbc,
            MeasureFigures measures,
            LedgerQueries ledger,
            ProgressQueries progress,
            IndicatorQueries indicators) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.ledger = ledger;
        this.progress = progress;
        this.indicators = indicators;
    }

    List<StatusCount> byStatus(Scope s, LocalDate today) {
        return measures.byStatus(s.campaignId(), s.orgId(), today).stream()
                .map(c -> new StatusCount(c.status(), c.warning(), c.count(), c.overdue()))
                .toList();
    }

    /** The first problems by number that have measures in scope, with their counts. */
    List<Share> byProblem(Scope s, int limit) {
        return measures.byProblem(s.campaignId(), s.orgId(), limit).stream()
                .map(p -> new Share(p.id(), p.number() + ". " + p.title(), p.total(), p.finished()))
                .toList();
    }

    /** Per lead organisation (0 for none); the service rolls them up to the units below the reader. */
    List<Share> byLead(Scope s) {
        return measures.byLead(s.campaignId(), s.orgId()).stream()
                .map(l -> new Share(l.leadOrgId(), "", l.total(), l.finished()))
                .toList();
    }

    List<OverdueMeasure> overdue(Scope s, LocalDate today, int limit) {
        return measures.overdue(s.campaignId(), s.orgId(), today, limit).stream()
                .map(o -> new OverdueMeasure(o.id(), o.title(), o.deadline(), o.lead()))
                .toList();
    }

    /** The ids of the indicators with a target, campaign-wide ones first (see {@link IndicatorQueries#withTarget}). */
    List<Long> indicators(Scope s, int limit) {
        return indicators.withTarget(s.campaignId(), s.orgId(), limit);
    }

    /**
     * Reports per period, in no order: the labels' text order is not their time order. It joins
     * the reports to the campaign's measures, each side read through its owner's index; through
     * the owners' views H2 would collect every report of the campaign first.
     */
    List<PeriodFigure> byPeriod(Scope s) {
        SqlCondition claimedFinished = MeasureStatus.finishedSql("r.claimed_status");
        JdbcClient.StatementSpec spec = jdbc.sql(
                        """
                select r.period, count(*),
                       sum(case when r.status = 'ACCEPTED' then 1 else 0 end),
                       sum(case when r.status = 'ACCEPTED' and\s""" + claimedFinished.sql() + """
                 then 1 else 0 end)
                from progress_report r join measure m on m.id = r.measure_id
                where m.campaign_id = :campaign and r.status <> 'DRAFT'""" + s.condition() + " group by r.period")
                .param("campaign", s.campaignId())
                .params(claimedFinished.params());
        if (s.orgId() != null) {
            spec = spec.params(AssignedUnits.within(s.orgId(), "m.id").params());
        }
        return spec.query((rs, n) -> new PeriodFigure(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * What changes when the figures may change, each owner asked for its own mark: the latest
     * measure edit and campaign, the latest report, reading and indicator.
     */
    String fingerprint() {
        return ledger.changeMark() + "|" + progress.changeMark() + "|" + indicators.changeMark();
    }
}
