package taizhang.ledger;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** Builds the campaigns page and one campaign's page for the office that keeps it. */
@Service
class CampaignPages {

    /** Problems a campaign's page shows at once; a generated campaign has 250,000. */
    static final int PROBLEMS_PER_PAGE = 100;

    private final CampaignService campaigns;
    private final CampaignRepository rows;
    private final LedgerRemoval removal;
    private final OrgService organisations;

    CampaignPages(CampaignService campaigns, CampaignRepository rows, LedgerRemoval removal, OrgService organisations) {
        this.campaigns = campaigns;
        this.rows = rows;
        this.removal = removal;
        this.organisations = organisations;
    }

    CampaignsPage list(CurrentUser user, boolean archived) {
        return new CampaignsPage(campaigns.visible(user, archived), archived, user.hasAny(Role.OFFICE, Role.ADMIN));
    }

    @Transactional(readOnly = true)
    CampaignPage page(CurrentUser user, long id, int page) {
        Campaign campaign = campaigns.getForKeeping(user, id);
        int index = Math.max(0, page);
        List<Problem> problems = rows.problemPage(id, index * PROBLEMS_PER_PAGE, PROBLEMS_PER_PAGE + 1);
        boolean hasNext = problems.size() > PROBLEMS_PER_PAGE;
        return new CampaignPage(
                campaign,
                !campaign.archived(),
                rows.sections(id),
                hasNext ? problems.subList(0, PROBLEMS_PER_PAGE) : problems,
                index,
                hasNext,
                rows.nextProblemNumber(id),
                removal.removedProblems(user, id),
                removal.removedMeasures(user, id, CampaignController.REMOVED_LIMIT),
                organisations.assignableTo(user).stream()
                        .map(o -> new LedgerPage.UnitOption(o.id(), indent(user, o.path()) + o.name()))
                        .toList());
    }

    private static String indent(CurrentUser user, String path) {
        return "\u3000".repeat(Math.max(0, depth(path) - depth(user.organisationPath())));
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
