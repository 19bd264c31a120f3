package taizhang.cycle;

import java.util.List;
import org.springframework.stereotype.Service;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;

/**
 * The ledger as of a closed cycle, for the reports (季通报, statistics): which cycle a month or
 * quarter stands on, and the snapshot's counts, problems and measures within the reader's reach.
 * Everything read here was written when the cycle closed, so a report from it is the same however
 * the ledger has changed since.
 */
@Service
public class CycleSnapshots {

    /** Measures of one status counted under a key (a problem, or a lead unit with 0 for none). */
    public record Count(long key, String status, long count) {}

    public record Problem(long id, int number, String title, Long sectionId) {}

    /** A measure at the close with its status and the latest report accepted by then. */
    public record Measure(long id, long problemId, String title, String status, Long reportId) {}

    private final CycleRepository cycles;
    private final SnapshotLedgerRepository snapshots;
    private final CampaignService campaigns;

    CycleSnapshots(CycleRepository cycles, SnapshotLedgerRepository snapshots, CampaignService campaigns) {
        this.cycles = cycles;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
    }

    /** The closed cycle(s) a month or quarter of a campaign the user sees stands on. */
    public AsOfCycle asOf(CurrentUser user, long campaignId, String period) {
        campaigns.get(user, campaignId);
        return AsOfCycle.of(Cycle.parse("cycle", period), cycles.heads(campaignId));
    }

    /**
     * What a reader may pick: each closed cycle, and each quarter with a closed month or a closed
     * quarterly cycle, latest first.
     */
    public List<Cycle> closedChoices(CurrentUser user, long campaignId) {
        Campaign campaign = campaigns.get(user, campaignId);
        return ClosedChoices.of(cycles.heads(campaign.id()));
    }

    public List<Count> countsByProblem(AsOfCycle asOf, String subtree) {
        return snapshots.counts(asOf.cycleId(), "s.problem_id", subtree);
    }

    public List<Count> countsByLead(AsOfCycle asOf, String subtree) {
        return snapshots.counts(asOf.cycleId(), "coalesce(s.lead_org_id, 0)", subtree);
    }

    public long reopened(AsOfCycle asOf, String subtree) {
        return snapshots.reopened(asOf.cycleId(), subtree);
    }

    public List<Problem> problemsAfter(AsOfCycle asOf, String subtree, int number, long id, int limit) {
        return snapshots.problemsAfter(asOf.cycleId(), subtree, number, id, limit);
    }

    public List<Measure> measuresOf(AsOfCycle asOf, String subtree, List<Long> problemIds) {
        return snapshots.measuresOf(asOf.cycleId(), subtree, problemIds);
    }
}
