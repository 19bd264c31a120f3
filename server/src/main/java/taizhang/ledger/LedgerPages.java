package taizhang.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** Builds the ledger page for a reader and a filter. */
@Service
class LedgerPages {

    private final LedgerSearch search;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final Clock clock;

    LedgerPages(LedgerSearch search, CampaignService campaigns, OrgService organisations, Clock clock) {
        this.search = search;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    LedgerPage page(CurrentUser user, LedgerCriteria criteria) {
        String unitScope = criteria.unit() == null ? null : organisations.get(user, criteria.unit()).path() + "%";
        List<LedgerRow> rows = search.page(user, criteria, unitScope, LocalDate.now(clock));
        boolean hasNext = rows.size() > criteria.size();
        Long campaign = criteria.campaign();
        List<Section> sections = campaign == null ? List.of() : campaigns.sections(user, campaign);
        List<Problem> problems = campaign == null ? List.of() : campaigns.problems(user, campaign);
        return new LedgerPage(criteria, hasNext ? rows.subList(0, criteria.size()) : rows, hasNext,
                campaigns.visible(user), sections, problems, units(user), user.hasAny(Role.OFFICE, Role.ADMIN), null);
    }

    private List<LedgerPage.UnitOption> units(CurrentUser user) {
        int base = depth(user.organisationPath());
        return organisations.visibleTo(user).stream()
                .map(o -> new LedgerPage.UnitOption(o.id(), "\u3000".repeat(depth(o.path()) - base) + o.name()))
                .toList();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
