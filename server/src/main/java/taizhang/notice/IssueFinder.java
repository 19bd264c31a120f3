package taizhang.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import taizhang.cycle.CycleQueries;
import taizhang.ledger.MeasureFigures;
import taizhang.ledger.Overdue;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.report.InternalMarks;
import taizhang.shared.CurrentUser;

/**
 * Reads {@link LedgerIssues} for a notice: the overdue measures (as {@link Overdue} decides, at the end
 * of the notice's day), those behind their plan as last assessed, and the units that missed reports
 * in the cycles closed in the three months before. Measures the office marked internal are never
 * named: the sections go into the public version too.
 */
@Component
class IssueFinder {

    static final int LIMIT = 200;

    private final MeasureFigures figures;
    private final CycleQueries cycles;
    private final InternalMarks internal;
    private final OrgService organisations;
    private final Clock clock;

    IssueFinder(
            MeasureFigures figures,
            CycleQueries cycles,
            InternalMarks internal,
            OrgService organisations,
            Clock clock) {
        this.figures = figures;
        this.cycles = cycles;
        this.internal = internal;
        this.organisations = organisations;
        this.clock = clock;
    }

    LedgerIssues find(CurrentUser user, long campaignId, LocalDate day, String dayText) {
        LocalDate today = Overdue.today(clock);
        LocalDate after = day.isBefore(today) ? day.plusDays(1) : today;
        Set<Long> hidden = new HashSet<>(internal.marked(user, campaignId));
        List<LedgerIssues.Item> overdue = items(figures.overdue(campaignId, null, after, LIMIT), hidden);
        List<LedgerIssues.Item> behind = items(figures.behindPlan(campaignId, LIMIT), hidden);
        List<String> late = cycles.reportingByLeadUnit(campaignId, day.minusMonths(3), day).stream()
                .filter(u -> u.missing() > 0)
                .map(u -> organisations.find(u.orgId()).map(Organisation::name).orElse(null))
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        return new LedgerIssues(dayText, overdue, behind, late);
    }

    private static List<LedgerIssues.Item> items(List<MeasureFigures.OverdueMeasure> measures, Set<Long> hidden) {
        return measures.stream()
                .filter(m -> !hidden.contains(m.id()))
                .map(m -> new LedgerIssues.Item(m.title(), m.lead()))
                .toList();
    }
}
