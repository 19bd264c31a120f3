package taizhang.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Repository;
import taizhang.indicator.IndicatorQueries;
import taizhang.ledger.AssignedUnits;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.MeasureFigures;
import taizhang.progress.ProgressQueries;

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
     * The campaign's measures in scope: those of the reader's organisation and of the units it
     * supervises ({@code measure_unit} holds no rows for the root, whose readers own every
     * campaign); {@code orgIds} null means all of them.
     */
    record Scope(long campaignId, List<Long> orgIds) {}

    private final MeasureFigures measures;
    private final LedgerQueries ledger;
    private final ProgressQueries progress;
    private final IndicatorQueries indicators;

    DashboardRepository(
            MeasureFigures measures, LedgerQueries ledger, ProgressQueries progress, IndicatorQueries indicators) {
        this.measures = measures;
        this.ledger = ledger;
        this.progress = progress;
        this.indicators = indicators;
    }

    List<StatusCount> byStatus(Scope s, LocalDate today) {
        return measures.byStatus(s.campaignId(), s.orgIds(), today).stream()
                .map(c -> new StatusCount(c.status(), c.warning(), c.count(), c.overdue()))
                .toList();
    }

    /** The first problems by number that have measures in scope, with their counts. */
    List<Share> byProblem(Scope s, int limit) {
        return measures.byProblem(s.campaignId(), s.orgIds(), limit).stream()
                .map(p -> new Share(p.id(), p.number() + ". " + p.title(), p.total(), p.finished()))
                .toList();
    }

    /** Per lead organisation (0 for none); the service rolls them up to the units below the reader. */
    List<Share> byLead(Scope s) {
        return measures.byLead(s.campaignId(), s.orgIds()).stream()
                .map(l -> new Share(l.leadOrgId(), "", l.total(), l.finished()))
                .toList();
    }

    List<OverdueMeasure> overdue(Scope s, LocalDate today, int limit) {
        return measures.overdue(s.campaignId(), s.orgIds(), today, limit).stream()
                .map(o -> new OverdueMeasure(o.id(), o.title(), o.deadline(), o.lead()))
                .toList();
    }

    /** The ids of the indicators with a target, campaign-wide ones first (see {@link IndicatorQueries#withTarget}). */
    List<Long> indicators(Scope s, int limit) {
        return indicators.withTarget(s.campaignId(), s.orgIds(), limit);
    }

    /** Reports per period, in no order: the labels' text order is not their time order ({@link ProgressQueries#byPeriod}). */
    List<PeriodFigure> byPeriod(Scope s) {
        return progress.byPeriod(s.campaignId(), s.orgIds()).stream()
                .map(p -> new PeriodFigure(p.period(), p.reports(), p.accepted(), p.claimedDone()))
                .toList();
    }

    /**
     * What changes when the figures may change, each owner asked for its own mark: the latest
     * measure edit and campaign, the latest report, reading and indicator.
     */
    String fingerprint() {
        return ledger.changeMark() + "|" + progress.changeMark() + "|" + indicators.changeMark();
    }
}
