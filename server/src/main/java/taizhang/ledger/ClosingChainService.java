package taizhang.ledger;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;
import taizhang.shared.RuleViolationException;
import taizhang.shared.StaleVersionException;

/**
 * 销号审批链: the campaign's office sets the chain; the lead unit or the office asks for 销号 of
 * done work; each step in turn approves or returns with a reason. The last approval closes the
 * measure through {@link MeasureService}, on the same evidence rule as a closing without a chain;
 * a return sends the measure back to its unit ({@link Move#RETURN}) with the step's reason.
 */
@Service
public class ClosingChainService {

    private final ClosingChainRepository chains;
    private final MeasureService measures;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    ClosingChainService(
            ClosingChainRepository chains,
            MeasureService measures,
            CampaignService campaigns,
            AuditTrail audit,
            Clock clock) {
        this.chains = chains;
        this.measures = measures;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Where a measure's closing stands for one reader: the campaign's chain, the latest request, and
     * what the reader may do now.
     *
     * @param decides the step the reader may decide now, null when none
     */
    public record ClosingState(ClosingChain chain, ClosingRequest request, boolean mayAsk, ClosingApprover decides) {}

    public ClosingChain chain(CurrentUser user, long campaignId) {
        campaigns.get(user, campaignId);
        return chains.chain(campaignId);
    }

    /** Sets the campaign's chain (an empty one: closing by the office alone); running requests keep theirs. */
    @Transactional
    public ClosingChain setChain(CurrentUser user, long campaignId, ClosingChain chain) {
        campaigns.getForEditing(user, campaignId);
        ClosingChain before = chains.chain(campaignId);
        chains.replaceChain(campaignId, chain);
        audit.record(user.username(), "campaign.closing-chain", "campaign", campaignId, before, chain);
        return chain;
    }

    @Transactional(readOnly = true)
    public ClosingState state(CurrentUser user, long measureId) {
        Measure measure = measures.get(user, measureId);
        MeasureRights rights = measures.rights(user, measure);
        Optional<ClosingRequest> latest = chains.latest(measureId);
        boolean pending = latest.flatMap(ClosingRequest::current).isPresent();
        ClosingApprover decides = latest.flatMap(ClosingRequest::current)
                .filter(step -> holds(user, measure, rights, step))
                .orElse(null);
        return new ClosingState(
                chains.chain(measure.campaignId()), latest.orElse(null), rights.mayAskClosing() && !pending, decides);
    }

    /** 销号申请: done work with its evidence goes to the chain's first step. */
    @Transactional
    public ClosingRequest ask(CurrentUser user, long measureId, int version) {
        Measure measure = measures.get(user, measureId);
        if (measure.version() != version) {
            throw new StaleVersionException("整改措施", measureId);
        }
        MeasureRights rights = measures.rights(user, measure);
        if (!rights.chainedClosing()) {
            throw new RuleViolationException("本任务没有设置销号审批链，由整改办直接销号");
        }
        if (!rights.office() && !rights.leads()) {
            throw new ForbiddenException("只有牵头单位或本任务整改办可以提交销号申请");
        }
        if (chains.latest(measureId).flatMap(ClosingRequest::current).isPresent()) {
            throw new RuleViolationException("这项措施已有审批中的销号申请");
        }
        // The evidence rule of every 销号, checked when the closing is asked as well as when it is made.
        measure.close(measures.proof(measureId));
        ClosingRequest asked =
                ClosingRequest.ask(measureId, chains.chain(measure.campaignId()), user.username(), clock.instant());
        long id = chains.insert(asked);
        ClosingRequest stored = chains.find(id).orElseThrow();
        // Keyed apart from a measure's own fields: the measure's status history reads "status" in its events.
        audit.record(
                user.username(),
                "closing.ask",
                "measure",
                measureId,
                null,
                Map.of("request", id, "chain", stored.chain().encoded()));
        return stored;
    }

    /** The current step approves; the last approval closes the measure. */
    @Transactional
    public ClosingRequest approve(CurrentUser user, long requestId, int version) {
        Deciding d = deciding(user, requestId, version);
        if (!d.measure().moves().contains(Move.CLOSE)) {
            throw new RuleViolationException("措施已是“" + d.measure().status().label() + "”，这份销号申请只能退回");
        }
        ClosingRequest next = d.request().approve(d.step(), user.username(), clock.instant());
        ClosingRequest stored = save(user, "closing.approve", d.request(), next);
        if (stored.status() == ClosingRequest.Status.APPROVED) {
            measures.closeApproved(user, d.measure());
        }
        return stored;
    }

    /** The current step returns the closing with a reason; done work goes back to its unit. */
    @Transactional
    public ClosingRequest sendBack(CurrentUser user, long requestId, int version, String reason) {
        Deciding d = deciding(user, requestId, version);
        ClosingRequest next = d.request().sendBack(d.step(), reason, user.username(), clock.instant());
        ClosingRequest stored = save(user, "closing.return", d.request(), next);
        if (d.measure().moves().contains(Move.RETURN)) {
            measures.sendBack(user, d.measure(), "销号审批退回（" + d.step().label() + "）：" + reason.strip());
        }
        return stored;
    }

    private record Deciding(ClosingRequest request, Measure measure, ClosingApprover step) {}

    private Deciding deciding(CurrentUser user, long requestId, int version) {
        ClosingRequest request = chains.find(requestId).orElseThrow(() -> NotFoundException.of("销号申请", requestId));
        Measure measure;
        try {
            measure = measures.get(user, request.measureId());
        } catch (NotFoundException hidden) {
            throw NotFoundException.of("销号申请", requestId);
        }
        if (request.version() != version) {
            throw new StaleVersionException("销号申请", requestId);
        }
        ClosingApprover step = request.current()
                .orElseThrow(() ->
                        new RuleViolationException("销号申请" + request.status().label() + "，不能再审批"));
        if (!holds(user, measure, measures.rights(user, measure), step)) {
            throw new ForbiddenException("销号申请正等待" + step.label() + "审批");
        }
        return new Deciding(request, measure, step);
    }

    private boolean holds(CurrentUser user, Measure measure, MeasureRights rights, ClosingApprover step) {
        Campaign campaign = campaigns.get(user, measure.campaignId());
        return step.heldBy(
                user, rights, measures.path(measure.leadOrgId()), campaigns.seesWholeCampaign(user, campaign));
    }

    private ClosingRequest save(CurrentUser user, String action, ClosingRequest before, ClosingRequest after) {
        if (!chains.update(after)) {
            throw new StaleVersionException("销号申请", before.id());
        }
        ClosingRequest stored = chains.find(before.id()).orElseThrow();
        ClosingRequest.Decision decided =
                stored.decisions().get(stored.decisions().size() - 1);
        audit.record(
                user.username(),
                action,
                "measure",
                stored.measureId(),
                null,
                Map.of(
                        "request",
                        stored.id(),
                        "step",
                        decided.approver().name(),
                        "reason",
                        decided.reason() == null ? "" : decided.reason(),
                        "requestStatus",
                        stored.status().name()));
        return stored;
    }
}
