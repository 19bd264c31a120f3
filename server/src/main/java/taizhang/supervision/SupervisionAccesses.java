package taizhang.supervision;

import org.springframework.stereotype.Component;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureFeedback;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;

/** Resolves a user's {@link SupervisionAccess} to a campaign from the ledger's answers. */
@Component
class SupervisionAccesses {

    private final CampaignService campaigns;
    private final MeasureFeedback feedback;

    SupervisionAccesses(CampaignService campaigns, MeasureFeedback feedback) {
        this.campaigns = campaigns;
        this.feedback = feedback;
    }

    /** The campaign, if the user may read supervision at all and sees the campaign, with the user's access to it. */
    SupervisionAccess of(CurrentUser user, long campaignId, String what) {
        SupervisionAccess.requireReader(user, what);
        return of(user, campaigns.get(user, campaignId));
    }

    SupervisionAccess of(CurrentUser user, Campaign campaign) {
        return new SupervisionAccess(
                user,
                campaigns.seesWholeCampaign(user, campaign),
                campaigns.mayEdit(user, campaign),
                feedback.supervisedUnits(user).stream().map(Organisation::path).toList());
    }
}
