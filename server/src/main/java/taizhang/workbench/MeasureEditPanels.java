package taizhang.workbench;

import java.util.List;
import org.springframework.stereotype.Service;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Removal;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;

/** Builds the measure page's {@link MeasureEditPanel} from the rights the ledger decides. */
@Service
class MeasureEditPanels {

    private final MeasureService measures;
    private final CampaignService campaigns;
    private final OrgService organisations;

    MeasureEditPanels(MeasureService measures, CampaignService campaigns, OrgService organisations) {
        this.measures = measures;
        this.campaigns = campaigns;
        this.organisations = organisations;
    }

    MeasureEditPanel panel(CurrentUser user, Measure measure) {
        MeasureRights rights = measures.rights(user, measure);
        Removal removal = measures.removal(measure.id()).orElse(null);
        Campaign campaign = campaigns.get(user, measure.campaignId());
        boolean keeps = campaigns.mayEdit(user, campaign);
        boolean mayEdit = rights.mayEdit();
        return new MeasureEditPanel(
                mayEdit,
                rights.office() && measure.status() != MeasureStatus.CLOSED,
                removal != null && keeps,
                removal,
                campaign.archived(),
                mayEdit ? units(user, measure) : List.of());
    }

    /** The active units, and those the measure already names (a deactivated unit may stay, not be added). */
    private List<MeasureEditPanel.Unit> units(CurrentUser user, Measure measure) {
        int base = depth(user.organisationPath());
        java.util.Set<Long> inactive = organisations.inactiveIds();
        return organisations.visibleTo(user).stream()
                .filter(o -> !inactive.contains(o.id())
                        || o.id() == (measure.leadOrgId() == null ? -1L : measure.leadOrgId())
                        || measure.coUnitIds().contains(o.id()))
                .map(o -> new MeasureEditPanel.Unit(o.id(), "\u3000".repeat(Math.max(0, depth(o) - base)) + o.name()))
                .toList();
    }

    private static int depth(Organisation o) {
        return depth(o.path());
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
