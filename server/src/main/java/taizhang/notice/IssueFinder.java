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
import taizhang.report.LedgerOnDay;
import taizhang.shared.CurrentUser;

/**
 * Reads {@link LedgerIssues} for a notice: the overdue measures (as {@link Overdue} decides, at the end
 * of the notice's day, by the statuses and deadlines of that day: for a past day as the audit trail
 * gives them back, {@link LedgerOnDay}), those behind their plan as last assessed (today's notice only:
 * the assessment is not kept by day), and the units that missed reports in the cycles closed in the
 * three months before. Measures the office marked internal are never named: the sections go into the
 * public version too.
 */
@Component
class IssueFinder {

    static final int LIMIT = 200;

    private final MeasureFigures figures;
    private final CycleQueries cycles;
    private final InternalMarks internal;
    private final OrgService organisations;
    private final LedgerOnDay pastDays;
    private final Clock clock;

    IssueFinder(
            MeasureFigures figures,
            CycleQueries cycles,
            InternalMarks internal,
            OrgService organisations,
            LedgerOnDay pastDays,
            Clock clock) {
        this.figures = figures;
        this.cycles = cycles;
        this.internal = internal;
        this.organisations = organisations;
        this.pastDays = pastDays;
        this.clock = clock;
    }

    LedgerIssues find(CurrentUser user, long campaignId, LocalDate day, String dayText) {
        LocalDate today = Overdue.today(clock);
        List<LedgerIssues.Item> overdue;
        List<LedgerIssues.Item> behind;
        if (day.isBefore(today)) {
            overdue = pastDays.overdue(user, campaignId, day, LIMIT).stream()
                    .map(m -> new LedgerIssues.Item(m.title(), m.lead()))
                    .toList();
            behind = List.of();
        } else {
            Set<Long> hidden = new HashSet<>(internal.marked(user, campaignId));
            overdue = items(figures.overdue(campaignId, null, today, LIMIT), hidden);
            behind = items(figures.behindPlan(campaignId, LIMIT), hidden);
        }
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
