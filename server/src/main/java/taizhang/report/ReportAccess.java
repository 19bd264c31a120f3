package taizhang.report;

import org.springframework.stereotype.Component;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.shared.CurrentUser;

/** Who may read which part of a campaign's reports, by the ledger's own rules. */
@Component
class ReportAccess {

    private final CampaignService campaigns;

    ReportAccess(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** A campaign the user may see, with the measures its reports cover; not found otherwise. */
    Readable readable(CurrentUser user, long campaignId) {
        Campaign campaign = campaigns.get(user, campaignId);
        boolean owner = campaigns.seesWholeCampaign(user, campaign);
        return new Readable(campaign, new ReportScope(campaignId, owner ? null : user.organisationId()));
    }

    /** The campaign, if the user is of its office; forbidden otherwise. */
    Campaign editable(CurrentUser user, long campaignId) {
        return campaigns.getForEditing(user, campaignId);
    }

    record Readable(Campaign campaign, ReportScope scope) {}
}
