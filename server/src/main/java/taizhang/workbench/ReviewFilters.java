package taizhang.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import taizhang.ledger.CampaignService;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.workbench.ReviewPage.Filters;
import taizhang.workbench.ReviewPage.Option;

/**
 * What the review queue's filters offer: the campaigns the reviewer sees, and the units of its
 * subtree and of those it supervises, indented by depth as the ledger's unit filter is.
 */
@Component
class ReviewFilters {

    private final CampaignService campaigns;
    private final OrgService organisations;

    ReviewFilters(CampaignService campaigns, OrgService organisations) {
        this.campaigns = campaigns;
        this.organisations = organisations;
    }

    Filters of(CurrentUser user, ReviewFilter chosen) {
        List<Option> campaignOptions = campaigns.visible(user).stream()
                .map(c -> new Option(c.id(), c.name()))
                .toList();
        Map<Long, Organisation> units = new LinkedHashMap<>();
        organisations.visibleTo(user).forEach(o -> units.put(o.id(), o));
        List<Long> supervised = campaigns.supervisedUnits(user);
        organisations
                .below(organisations.all().stream()
                        .filter(o -> supervised.contains(o.id()))
                        .toList())
                .forEach(o -> units.putIfAbsent(o.id(), o));
        List<Option> unitOptions = new ArrayList<>();
        int base = depth(user.organisationPath());
        units.values()
                .forEach(o -> unitOptions.add(new Option(
                        o.id(), "\u3000".repeat(Math.max(0, depth(o.path()) - base)) + o.name())));
        return new Filters(
                chosen.campaign(), chosen.unit(), chosen.period(), chosen.href(), campaignOptions, unitOptions);
    }

    /** Every unit's name by id, for the rows' submitting units (the tree is a few hundred units). */
    Map<Long, String> unitNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
