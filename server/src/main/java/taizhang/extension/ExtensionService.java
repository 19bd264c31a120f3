package taizhang.extension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.MeasureService;
import taizhang.ledger.SignService;
import taizhang.ledger.UnitAssignment;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.StaleVersionException;

/**
 * 申请延期 from ask to decision. A unit asks for its own part of a measure (the rights of
 * {@link MeasureRights#mayAnswerAssignment}); the office that keeps the campaign decides
 * ({@link MeasureRights#mayDecideExtension}); an approval extends the measure through
 * {@link MeasureService#extend}, in the same transaction as the decision.
 */
@Service
public class ExtensionService {

    /** How many pending requests a list shows at most. */
    public static final int LIST_LIMIT = 200;

    private final ExtensionRepository requests;
    private final MeasureService measures;
    private final SignService signs;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtensionService(
            ExtensionRepository requests,
            MeasureService measures,
            SignService signs,
            CampaignService campaigns,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.measures = measures;
        this.signs = signs;
        this.campaigns = campaigns;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A unit asks for a later deadline. {@code orgId} names the unit when the user answers for
     * several parts of the measure (a unit above two assigned ones); otherwise it is the user's one part.
     */
    @Transactional
    public ExtensionView ask(CurrentUser user, long measureId, Long orgId, LocalDate requested, String reason) {
        Measure measure = measures.lockForAnswering(user, measureId, "申请延期");
        List<UnitAssignment> mine = UnitAssignment.answeredBy(user, signs.assignments(user, measureId), orgId);
        long unit = asking(user, measure, mine, orgId);
        ExtensionRequest asked = ExtensionRequest.ask(
                measure,
                unit,
                requested,
                reason,
                requests.hasPending(measureId, unit),
                user.username(),
                clock.instant());
        long id = requests.insert(asked);
        ExtensionView stored = requests.find(id).orElseThrow();
        audit.record(user.username(), "extension.ask", "measure", measureId, null, stored.request());
        return stored;
    }

    /** The office grants the requested deadline; the measure's deadline in force moves, its original stays. */
    @Transactional
    public ExtensionView approve(CurrentUser user, long requestId, String reason) {
        ExtensionView before = deciding(user, requestId);
        ExtensionRequest decided = before.request().approve(user.username(), clock.instant(), reason);
        Measure extended =
                measures.extend(user, decided.measureId(), decided.requestedDeadline(), "批准延期申请 " + requestId);
        return store(user, "extension.approve", before, decided, extended.deadline());
    }

    /** The office refuses, with a reason; the measure is unchanged. */
    @Transactional
    public ExtensionView refuse(CurrentUser user, long requestId, String reason) {
        ExtensionView before = deciding(user, requestId);
        ExtensionRequest decided = before.request().refuse(user.username(), clock.instant(), reason);
        return store(
                user,
                "extension.refuse",
                before,
                decided,
                measures.get(user, decided.measureId()).deadline());
    }

    public ExtensionView get(CurrentUser user, long requestId) {
        ExtensionView view = requests.find(requestId).orElseThrow(() -> NotFoundException.of("延期申请", requestId));
        measures.get(user, view.request().measureId());
        return view;
    }

    /** The measure's requests, newest first; the reader must see the measure. */
    public List<ExtensionView> forMeasure(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return requests.forMeasure(measureId);
    }

    /** The campaign's requests in a status: all for its office, those of the reader's subtree for a unit. */
    public List<ExtensionView> inCampaign(CurrentUser user, long campaignId, ExtensionStatus status) {
        return requests.inCampaign(campaignId, status, scope(user, campaignId), LIST_LIMIT);
    }

    /** Per measure and unit: extensions asked, approved and refused (for the annual assessment). */
    public List<ExtensionCount> counts(CurrentUser user, long campaignId) {
        return requests.counts(campaignId, scope(user, campaignId));
    }

    /**
     * For the annual assessment, which reads every unit's: per measure and unit, the extensions
     * asked within the year (by the server's calendar), without the measures' codes or units' names.
     */
    public List<ExtensionCount> countsRequestedIn(long campaignId, int year) {
        return requests.countsRequestedBetween(
                campaignId,
                LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant());
    }

    private long asking(CurrentUser user, Measure measure, List<UnitAssignment> mine, Long orgId) {
        if (mine.size() == 1) {
            return mine.get(0).orgId();
        }
        if (mine.isEmpty()) {
            // Assigned before 签收 existed (no rows): the lead or co-unit the user's subtree holds.
            return measures.answeringUnit(user, measure, orgId)
                    .orElseThrow(() -> new InvalidRequestException("orgId", "该单位不是本单位负责的牵头或配合单位"));
        }
        throw new InvalidRequestException("orgId", "本单位负责这项措施的多个分工，请选择为哪个单位申请延期");
    }

    private ExtensionView deciding(CurrentUser user, long requestId) {
        ExtensionView view = get(user, requestId);
        Measure measure = measures.get(user, view.request().measureId());
        if (!measures.rights(user, measure).mayDecideExtension()) {
            throw new ForbiddenException("只有本任务所属整改办可以审批延期申请");
        }
        return view;
    }

    private ExtensionView store(
            CurrentUser user, String action, ExtensionView before, ExtensionRequest decided, LocalDate deadline) {
        if (!requests.decide(decided)) {
            throw new StaleVersionException("延期申请", decided.id());
        }
        ExtensionView after = requests.find(decided.id()).orElseThrow();
        audit.record(
                user.username(),
                action,
                "measure",
                decided.measureId(),
                Map.of("request", before.request()),
                Map.of("request", after.request()));
        Instant at = decided.decidedAt();
        events.publishEvent(new ExtensionDecided(
                decided.id(),
                decided.measureId(),
                after.measureTitle(),
                decided.campaignId(),
                decided.orgId(),
                decided.status(),
                decided.requestedDeadline(),
                deadline,
                decided.decisionReason(),
                decided.decidedBy(),
                at));
        return after;
    }

    /** Null (every unit) for readers who see the whole campaign, else the reader's own subtree. */
    private String scope(CurrentUser user, long campaignId) {
        Campaign campaign = campaigns.get(user, campaignId);
        return campaigns.seesWholeCampaign(user, campaign) ? null : user.subtreePattern();
    }
}
