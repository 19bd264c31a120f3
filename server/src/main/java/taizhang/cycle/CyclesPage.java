package taizhang.cycle;

import java.util.List;
import taizhang.ledger.Campaign;

/**
 * 调度周期, the office's page for one campaign: open a cycle, the cycles so far, and for the chosen
 * cycle each unit's obligations and the reports still owed.
 *
 * @param suggestedPeriod the form's default: the current month
 * @param shown the chosen cycle, or null when the campaign has none yet
 * @param unsigned how many of the campaign's measures some unit has not signed for (签收)
 * @param pendingExtensions how many extension requests (申请延期) wait for the office's decision
 */
public record CyclesPage(
        List<Campaign> campaigns,
        Campaign campaign,
        List<ReportingCycle> cycles,
        Shown shown,
        String suggestedPeriod,
        long unsigned,
        int pendingExtensions) {

    /** The chosen cycle with its per-unit tallies and the first owed reports. */
    public record Shown(
            ReportingCycle cycle, long daysLeft, List<UnitTally> units, List<Obligation> owing, boolean moreOwing) {

        public boolean pastDue() {
            return daysLeft < 0;
        }

        public boolean anyLate() {
            return pastDue() && units.stream().anyMatch(u -> u.owing() > 0);
        }
    }

    public boolean empty() {
        return campaign == null;
    }

    /** The label of the quarter a cycle falls in (季通报); a quarterly cycle's own. */
    public String quarterOf(ReportingCycle cycle) {
        return ClosedChoices.quarterOf(cycle.period()).label();
    }

    public String quarterName(ReportingCycle cycle) {
        return ClosedChoices.quarterOf(cycle.period()).chinese();
    }

    /** The query that shows a cycle of this campaign. */
    public String link(ReportingCycle cycle) {
        return "/cycles?campaign=" + campaign.id() + "&period=" + cycle.period().label();
    }
}
