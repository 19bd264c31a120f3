package taizhang.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.Move;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** Builds the supervision pages from the services; the pages' own rules are the services'. */
@Service
class SupervisionPages {

    private final SupervisionService items;
    private final SupervisionOverview overview;
    private final AccountabilityService register;
    private final CounterpartService counterparts;
    private final SupervisionAccesses accesses;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final LedgerQueries ledger;
    private final OrgService organisations;
    private final Clock clock;

    SupervisionPages(
            SupervisionService items,
            SupervisionOverview overview,
            AccountabilityService register,
            CounterpartService counterparts,
            SupervisionAccesses accesses,
            CampaignService campaigns,
            MeasureService measures,
            LedgerQueries ledger,
            OrgService organisations,
            Clock clock) {
        this.items = items;
        this.overview = overview;
        this.register = register;
        this.counterparts = counterparts;
        this.accesses = accesses;
        this.campaigns = campaigns;
        this.measures = measures;
        this.ledger = ledger;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    SupervisionPage supervision(CurrentUser user, Long campaignId, Long unit) {
        SupervisionAccess.requireReader(user, SupervisionService.ITEMS);
        List<Campaign> visible = campaigns.visible(user);
        Campaign chosen = chosen(user, visible, campaignId);
        if (chosen == null) {
            return new SupervisionPage(visible, null, null, List.of(), null, List.of(), today(), false, Map.of());
        }
        List<ItemView> listed = items.inCampaign(user, chosen.id(), unit);
        return new SupervisionPage(
                visible,
                chosen,
                overview.summary(user, chosen.id()),
                listed,
                unit,
                recordUnits(user, chosen),
                today(),
                campaigns.mayEdit(user, chosen),
                codes(listed.stream()
                        .flatMap(i -> i.measures().stream())
                        .map(ItemView.LinkView::measureId)
                        .toList()));
    }

    @Transactional(readOnly = true)
    ItemPage item(CurrentUser user, long id) {
        ItemView item = items.get(user, id);
        List<Measure> returnable = item.measures().stream()
                .filter(l -> l.link() == ItemLink.CONCERNS && l.title() != null)
                .map(l -> measures.get(user, l.measureId()))
                .filter(m -> m.moves().contains(Move.RETURN))
                .toList();
        return new ItemPage(
                item,
                campaigns.get(user, item.campaignId()).name(),
                register.forItem(user, item),
                returnable,
                codes(item.measures().stream().map(ItemView.LinkView::measureId).toList()));
    }

    /** The measure's 编号 (3-2), for the messages after a form names it. */
    @Transactional(readOnly = true)
    String code(long measureId) {
        return codes(List.of(measureId)).getOrDefault(measureId, "—");
    }

    private Map<Long, String> codes(Collection<Long> measureIds) {
        return ledger.labels(measureIds).values().stream()
                .collect(Collectors.toMap(LedgerQueries.MeasureLabel::id, LedgerQueries.MeasureLabel::code));
    }

    @Transactional(readOnly = true)
    AssignmentsPage assignments(CurrentUser user) {
        boolean office = user.hasAny(Role.OFFICE, Role.ADMIN);
        return new AssignmentsPage(
                counterparts.assignments(user),
                counterparts.groups(user),
                office
                        ? organisations.assignableTo(user).stream()
                                .filter(o -> o.parentId() != null)
                                .toList()
                        : List.of(),
                office ? counterparts.candidates(user) : List.of(),
                office);
    }

    @Transactional(readOnly = true)
    AccountabilityPage accountability(CurrentUser user, Long campaignId) {
        SupervisionAccess.requireReader(user, AccountabilityService.REGISTER);
        List<Campaign> visible = campaigns.visible(user);
        Campaign chosen = chosen(user, visible, campaignId);
        if (chosen == null) {
            return new AccountabilityPage(visible, null, List.of(), List.of(), today());
        }
        return new AccountabilityPage(
                visible, chosen, register.inCampaign(user, chosen.id()), recordUnits(user, chosen), today());
    }

    /**
     * The units the user may record items and actions for: every active unit below the campaign's
     * owner for its office, the supervised units and those below them for a supervisor. A
     * deactivated unit takes nothing new, so it is not offered.
     */
    private List<Organisation> recordUnits(CurrentUser user, Campaign campaign) {
        String owner = organisations.find(campaign.ownerOrgId()).orElseThrow().path();
        SupervisionAccess access = accesses.of(user, campaign);
        java.util.Set<Long> inactive = organisations.inactiveIds();
        return organisations.all().stream()
                .filter(o -> o.parentId() != null && o.path().startsWith(owner))
                .filter(o -> !inactive.contains(o.id()))
                .filter(o -> access.keepsCampaign() || access.supervises(o.path()))
                .toList();
    }

    private Campaign chosen(CurrentUser user, List<Campaign> visible, Long campaignId) {
        if (campaignId != null) {
            return campaigns.get(user, campaignId);
        }
        return visible.isEmpty() ? null : visible.get(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
