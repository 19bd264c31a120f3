package taizhang.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
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
 * 督导事项 from record to feedback. The office that keeps the campaign or a supervisor of the unit
 * records an item ({@link MeasureFeedback#mayFeedBack}); its finding goes back to the unit as a new
 * measure or as a 退回 of one of its measures. Only the recorder and the office correct an item or
 * send it back; who reads it is {@link SupervisionAccess}'s to say. Every write is audited.
 */
@Service
public class SupervisionService {

    static final String ITEMS = "督导事项";
    private static final int LIST_LIMIT = 500;

    private final ItemRepository items;
    private final ItemViews views;
    private final SupervisionAccesses accesses;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final MeasureFeedback feedback;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionService(
            ItemRepository items,
            ItemViews views,
            SupervisionAccesses accesses,
            CampaignService campaigns,
            MeasureService measures,
            MeasureFeedback feedback,
            OrgService organisations,
            AuditTrail audit,
            Clock clock) {
        this.items = items;
        this.views = views;
        this.accesses = accesses;
        this.campaigns = campaigns;
        this.measures = measures;
        this.feedback = feedback;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ItemView record(CurrentUser user, NewItem n) {
        Campaign campaign = campaigns.get(user, n.campaignId());
        if (!feedback.mayFeedBack(user, campaign, n.unitId())) {
            throw new ForbiddenException("只有本任务的整改办或该单位的对口督导可以记录督导事项");
        }
        organisations.requireActive(organisations.find(n.unitId()).orElseThrow(), "被督导单位");
        List<Measure> concerned = n.measureIds().stream()
                .distinct()
                .map(id -> concerned(user, n, id))
                .toList();
        SupervisionItem draft = SupervisionItem.record(
                n.campaignId(), n.unitId(), n.method(), n.checkedOn(), n.findings(), user, clock.instant(), today());
        long id = items.insert(draft);
        concerned.forEach(m -> items.link(id, m.id(), ItemLink.CONCERNS, clock.instant()));
        audit.record(user.username(), "supervision.item-create", "supervision_item", id, null, stored(id));
        if (n.createMeasure()) {
            Long problem = n.problemId() != null
                    ? n.problemId()
                    : concerned.isEmpty() ? null : concerned.get(0).problemId();
            feedBack(user, stored(id), n.deadline(), problem);
        }
        if (n.returnMeasureId() != null) {
            sendBack(user, stored(id), n.returnMeasureId());
        }
        return views.of(user, stored(id), accesses.of(user, campaign));
    }

    /** Corrects the method, day and findings: the recorder's own item, or the campaign office's. */
    @Transactional
    public ItemView revise(
            CurrentUser user, long id, int version, SupervisionMethod method, LocalDate checkedOn, String findings) {
        SupervisionItem before = changing(user, id);
        if (before.version() != version) {
            throw new StaleVersionException(ITEMS, id);
        }
        if (!items.update(before.revise(method, checkedOn, findings, today()))) {
            throw new StaleVersionException(ITEMS, id);
        }
        SupervisionItem after = stored(id);
        audit.record(user.username(), "supervision.item-update", "supervision_item", id, before, after);
        return get(user, id);
    }

    /** 一对一反馈整改: the item's finding becomes a new measure led by its unit. */
    @Transactional
    public ItemView feedBack(CurrentUser user, long id, LocalDate deadline, Long problemId) {
        feedBack(user, changing(user, id), deadline, problemId);
        return get(user, id);
    }

    /** The item's finding returns one of the unit's measures (退回), the finding as the reason. */
    @Transactional
    public ItemView sendBack(CurrentUser user, long id, long measureId) {
        sendBack(user, changing(user, id), measureId);
        return get(user, id);
    }

    public ItemView get(CurrentUser user, long id) {
        SupervisionItem item = readable(user, id);
        return views.of(user, item, accesses.of(user, item.campaignId(), ITEMS));
    }

    /** A campaign's items the user may read, newest first; optionally those of one unit's subtree. */
    public List<ItemView> inCampaign(CurrentUser user, long campaignId, Long unitId) {
        SupervisionAccess access = accesses.of(user, campaignId, ITEMS);
        String unitPath = unitId == null
                ? null
                : organisations
                        .find(unitId)
                        .orElseThrow(() -> NotFoundException.of("单位", unitId))
                        .path();
        return views.list(
                items.inCampaign(campaignId, unitPath, access.listedSubtrees(), user.id(), LIST_LIMIT), access);
    }

    /** The items linked to a measure: whoever sees the measure sees the findings fed back on it. */
    public List<ItemView> forMeasure(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return items.forMeasure(measureId).stream()
                .map(i -> views.of(user, i, accesses.of(user, campaigns.get(user, i.campaignId()))))
                .toList();
    }

    private void feedBack(CurrentUser user, SupervisionItem item, LocalDate deadline, Long problemId) {
        String title = item.measureTitle();
        Measure created = feedback.newMeasure(
                user, item.campaignId(), problemId, item.orgId(), title, item.measureBody(), deadline);
        items.link(item.id(), created.id(), ItemLink.CREATED, clock.instant());
        audit.record(
                user.username(), "supervision.item-feedback", "supervision_item", item.id(), null, stored(item.id()));
    }

    private void sendBack(CurrentUser user, SupervisionItem item, long measureId) {
        item.requireFindings();
        Measure measure = concerned(user, item.campaignId(), item.orgId(), measureId);
        feedback.sendBack(user, measure.id(), "督导发现：" + item.findings());
        items.link(item.id(), measure.id(), ItemLink.RETURNED, clock.instant());
        audit.record(
                user.username(), "supervision.item-return", "supervision_item", item.id(), null, stored(item.id()));
    }

    private Measure concerned(CurrentUser user, NewItem n, long measureId) {
        return concerned(user, n.campaignId(), n.unitId(), measureId);
    }

    /** A measure of the campaign, visible to the user, that the unit (or one below it) carries. */
    private Measure concerned(CurrentUser user, long campaignId, long unitId, long measureId) {
        Measure m = measures.get(user, measureId);
        if (m.campaignId() != campaignId || !measures.carries(m, unitId)) {
            throw new InvalidRequestException("measureIds", "措施 " + measureId + " 不是该单位在本任务中的措施");
        }
        return m;
    }

    private SupervisionItem readable(CurrentUser user, long id) {
        SupervisionItem item = items.find(id).orElseThrow(() -> NotFoundException.of(ITEMS, id));
        SupervisionAccess access;
        try {
            access = accesses.of(user, item.campaignId(), ITEMS);
        } catch (NotFoundException hidden) {
            throw NotFoundException.of(ITEMS, id);
        }
        String path = organisations.find(item.orgId()).orElseThrow().path();
        if (!access.mayRead(path, item.recorderId())) {
            throw NotFoundException.of(ITEMS, id);
        }
        return item;
    }

    private SupervisionItem changing(CurrentUser user, long id) {
        SupervisionItem item = readable(user, id);
        if (!accesses.of(user, campaigns.get(user, item.campaignId())).mayChange(item.recorderId())) {
            throw new ForbiddenException("只有记录人或本任务的整改办可以修改或反馈这项督导事项");
        }
        return item;
    }

    private SupervisionItem stored(long id) {
        return items.find(id).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
