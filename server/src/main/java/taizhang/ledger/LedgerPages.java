package taizhang.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;

/** Builds the ledger page for a reader and a filter. */
@Service
class LedgerPages {

    /** Up to this many problems the filter lists them; beyond, the reader types a number. */
    static final int MAX_PROBLEM_OPTIONS = 300;

    /** The ledger's total is counted this far; beyond, it reads "10,000+". */
    static final int TOTAL_CAP = 10_000;

    private final LedgerSearch search;
    private final CampaignService campaigns;
    private final CampaignRepository campaignRows;
    private final OrgService organisations;
    private final MeasureFeedback feedback;
    private final Clock clock;

    LedgerPages(
            LedgerSearch search,
            CampaignService campaigns,
            CampaignRepository campaignRows,
            OrgService organisations,
            MeasureFeedback feedback,
            Clock clock) {
        this.search = search;
        this.campaigns = campaigns;
        this.campaignRows = campaignRows;
        this.organisations = organisations;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    LedgerPage page(CurrentUser user, LedgerCriteria asked) {
        Long campaign = asked.campaign();
        // Sections first: reading them checks that the reader may see the campaign.
        List<Section> sections = campaign == null ? List.of() : campaigns.sections(user, campaign);
        LedgerCriteria criteria = byProblemId(asked);
        List<Organisation> supervised = feedback.supervisedUnits(user);
        MeasureScope unit = criteria.unit() == null ? null : MeasureScope.of(unit(user, supervised, criteria.unit()));
        LocalDate today = Overdue.today(clock);
        List<LedgerRow> rows = search.page(user, criteria, unit, today);
        boolean hasNext = rows.size() > criteria.size();
        // Across campaigns the office may tick any; the server checks each measure's campaign.
        boolean canAssign = campaign == null
                ? user.hasAny(Role.OFFICE, Role.ADMIN)
                : campaigns.mayEdit(user, campaigns.get(user, campaign));
        return new LedgerPage(
                criteria,
                hasNext ? rows.subList(0, criteria.size()) : rows,
                hasNext,
                search.total(user, criteria, unit, today, TOTAL_CAP),
                campaignChoices(user, campaign),
                sections,
                problems(user, criteria),
                units(user, supervised),
                canAssign,
                null);
    }

    /** The campaigns in use, and the archived one the reader opened (from the campaigns page). */
    private List<Campaign> campaignChoices(CurrentUser user, Long chosen) {
        return campaigns.visible(user, true).stream()
                .filter(c -> !c.archived() || Long.valueOf(c.id()).equals(chosen))
                .toList();
    }

    /** A problem typed by number names the campaign's problem of that number; none matches when there is none. */
    private LedgerCriteria byProblemId(LedgerCriteria criteria) {
        if (criteria.problemNo() == null) {
            return criteria;
        }
        if (criteria.campaign() == null) {
            return criteria.withProblem(criteria.problem());
        }
        return criteria.withProblem(campaignRows
                .problemId(criteria.campaign(), criteria.problemNo())
                .orElse(-1L));
    }

    private LedgerPage.ProblemChoice problems(CurrentUser user, LedgerCriteria criteria) {
        Long campaign = criteria.campaign();
        if (campaign == null) {
            return LedgerPage.ProblemChoice.NONE;
        }
        if (!campaignRows.hasMoreProblemsThan(campaign, MAX_PROBLEM_OPTIONS)) {
            return new LedgerPage.ProblemChoice(campaigns.problems(user, campaign), false, null);
        }
        Integer number = criteria.problem() == null
                ? null
                : campaignRows.problem(criteria.problem()).map(Problem::number).orElse(null);
        return new LedgerPage.ProblemChoice(List.of(), true, number);
    }

    /** The unit filter: a unit of the reader's subtree, or of a subtree it supervises (对口督导). */
    private Organisation unit(CurrentUser user, List<Organisation> supervised, long id) {
        return organisations
                .find(id)
                .filter(o -> user.covers(o.path()) || supervised.stream().anyMatch(s -> s.isAncestorOrSelfOf(o)))
                .orElseThrow(() -> NotFoundException.of("单位", id));
    }

    /** The reader's subtree, then each supervised subtree outside it, indented below its top. */
    private List<LedgerPage.UnitOption> units(CurrentUser user, List<Organisation> supervised) {
        List<LedgerPage.UnitOption> options =
                new ArrayList<>(options(organisations.visibleTo(user), user.organisationPath()));
        for (Organisation top : supervised) {
            if (!user.covers(top.path())) {
                List<Organisation> below = organisations.all().stream()
                        .filter(top::isAncestorOrSelfOf)
                        .toList();
                options.addAll(options(below, top.path()));
            }
        }
        return options;
    }

    private List<LedgerPage.UnitOption> options(List<Organisation> units, String topPath) {
        int base = depth(topPath);
        Set<Long> inactive = organisations.inactiveIds();
        return units.stream()
                .map(o -> new LedgerPage.UnitOption(
                        o.id(), "\u3000".repeat(depth(o.path()) - base) + o.name(), !inactive.contains(o.id())))
                .toList();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
