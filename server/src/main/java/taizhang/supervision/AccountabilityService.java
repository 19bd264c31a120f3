package taizhang.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureFeedback;
import taizhang.ledger.MeasureService;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.StaleVersionException;

/**
 * 责任追究: the register of accountability actions. Offices, supervisors and leaders read it, as
 * {@link SupervisionAccess} says; units never do (403), and nothing of it is published. The office
 * that keeps the campaign or a supervisor of the unit records an action; the recorder and the office
 * correct it. Every write is audited (never under the measure, whose trail units read).
 */
@Service
public class AccountabilityService {

    static final String REGISTER = "责任追究";

    private final AccountabilityRepository actions;
    private final ItemRepository items;
    private final SupervisionAccesses accesses;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final MeasureFeedback feedback;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final LedgerQueries ledger;
    private final Clock clock;

    AccountabilityService(
            AccountabilityRepository actions,
            ItemRepository items,
            SupervisionAccesses accesses,
            CampaignService campaigns,
            MeasureService measures,
            MeasureFeedback feedback,
            OrgService organisations,
            AuditTrail audit,
            LedgerQueries ledger,
            Clock clock) {
        this.ledger = ledger;
        this.actions = actions;
        this.items = items;
        this.accesses = accesses;
        this.campaigns = campaigns;
        this.measures = measures;
        this.feedback = feedback;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountabilityView record(CurrentUser user, long campaignId, AccountabilityAction.Terms terms) {
        SupervisionAccess.requireReader(user, REGISTER);
        Campaign campaign = campaigns.get(user, campaignId);
        if (!feedback.mayFeedBack(user, campaign, terms.orgId())) {
            throw new ForbiddenException("只有本任务的整改办或该单位的对口督导可以登记责任追究");
        }
        organisations.requireActive(organisations.find(terms.orgId()).orElseThrow(), "单位");
        checkLinks(user, campaignId, terms);
        AccountabilityAction draft =
                AccountabilityAction.record(campaignId, terms, user, clock.instant(), LocalDate.now(clock));
        long id = actions.insert(draft);
        AccountabilityAction stored = actions.find(id).orElseThrow();
        audit.record(user.username(), "accountability.create", "accountability_action", id, null, stored);
        return view(stored, accesses.of(user, campaign));
    }

    @Transactional
    public AccountabilityView revise(CurrentUser user, long id, int version, AccountabilityAction.Terms terms) {
        AccountabilityAction before = readable(user, id);
        SupervisionAccess access = accesses.of(user, campaigns.get(user, before.campaignId()));
        if (!access.mayChange(before.recorderId())) {
            throw new ForbiddenException("只有登记人或本任务的整改办可以修改这条责任追究记录");
        }
        if (terms.orgId() != before.orgId()) {
            throw new InvalidRequestException("orgId", "责任追究记录的单位不能修改，请另行登记");
        }
        checkLinks(user, before.campaignId(), terms);
        if (before.version() != version || !actions.update(before.revise(terms, LocalDate.now(clock)))) {
            throw new StaleVersionException(REGISTER + "记录", id);
        }
        AccountabilityAction after = actions.find(id).orElseThrow();
        audit.record(user.username(), "accountability.update", "accountability_action", id, before, after);
        return view(after, access);
    }

    public AccountabilityView get(CurrentUser user, long id) {
        AccountabilityAction action = readable(user, id);
        return view(action, accesses.of(user, campaigns.get(user, action.campaignId())));
    }

    /** The campaign's register as the user may read it, newest decision first. */
    public List<AccountabilityView> inCampaign(CurrentUser user, long campaignId) {
        SupervisionAccess access = accesses.of(user, campaignId, REGISTER);
        return actions.inCampaign(campaignId, access.listedSubtrees(), user.id()).stream()
                .map(a -> view(a, access))
                .toList();
    }

    /** The entries that name a supervision item the user may read. */
    List<AccountabilityView> forItem(CurrentUser user, ItemView item) {
        SupervisionAccess access = accesses.of(user, item.campaignId(), REGISTER);
        return actions.forItem(item.id()).stream()
                .filter(a -> access.mayRead(path(a.orgId()), a.recorderId()))
                .map(a -> view(a, access))
                .toList();
    }

    /** The campaign's register as an Excel sheet, the rows the user may read. */
    public byte[] sheet(CurrentUser user, long campaignId) {
        Campaign campaign = campaigns.get(user, campaignId);
        return AccountabilitySheet.write(campaign.name(), inCampaign(user, campaignId));
    }

    private void checkLinks(CurrentUser user, long campaignId, AccountabilityAction.Terms terms) {
        for (long measureId : terms.measureIds() == null ? List.<Long>of() : terms.measureIds()) {
            Measure m = measures.get(user, measureId);
            if (m.campaignId() != campaignId) {
                throw new InvalidRequestException("measureIds", "措施 " + measureId + " 不属于这项整改任务");
            }
        }
        for (long itemId : terms.itemIds() == null ? List.<Long>of() : terms.itemIds()) {
            if (items.find(itemId).filter(i -> i.campaignId() == campaignId).isEmpty()) {
                throw new InvalidRequestException("itemIds", "督导事项 " + itemId + " 不属于这项整改任务");
            }
        }
    }

    private AccountabilityAction readable(CurrentUser user, long id) {
        SupervisionAccess.requireReader(user, REGISTER);
        AccountabilityAction action = actions.find(id).orElseThrow(() -> NotFoundException.of(REGISTER + "记录", id));
        SupervisionAccess access;
        try {
            access = accesses.of(user, campaigns.get(user, action.campaignId()));
        } catch (NotFoundException hidden) {
            throw NotFoundException.of(REGISTER + "记录", id);
        }
        if (!access.mayRead(path(action.orgId()), action.recorderId())) {
            throw NotFoundException.of(REGISTER + "记录", id);
        }
        return action;
    }

    private String path(long orgId) {
        return organisations.find(orgId).orElseThrow().path();
    }

    private AccountabilityView view(AccountabilityAction a, SupervisionAccess access) {
        String unit = organisations.find(a.orgId()).map(o -> o.name()).orElse("—");
        return new AccountabilityView(
                a,
                unit,
                a.subject(unit),
                a.kind().label(),
                ledger.labelsInOrder(a.measureIds()),
                access.mayChange(a.recorderId()));
    }
}
