package taizhang.ledger;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.StaleVersionException;

/**
 * 移除与恢复: the office takes a measure or a problem out of the ledger with a reason, and puts it
 * back. A problem takes its measures with it (each removed at the problem's instant, each
 * audited) and brings back those it took. Every step is audited with the reason; nothing is deleted.
 */
@Service
public class LedgerRemoval {

    private final MeasureService measureService;
    private final MeasureRepository measures;
    private final CampaignService campaigns;
    private final CampaignRepository campaignRows;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerRemoval(
            MeasureService measureService,
            MeasureRepository measures,
            CampaignService campaigns,
            CampaignRepository campaignRows,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.measureService = measureService;
        this.measures = measures;
        this.campaigns = campaigns;
        this.campaignRows = campaignRows;
        this.audit = audit;
        this.clock = clock;
    }

    /** 移除措施: out of the ledger, with the reason; a closed (销号) measure is evidence and stays. */
    @Transactional
    public Measure removeMeasure(CurrentUser user, long id, int version, String reason) {
        Measure measure = editable(user, id, version);
        Removal.requireLive(measures.removal(id).orElse(null), "措施");
        measure.requireRemovable();
        remove(user, measure, Removal.of(reason, now()));
        return measures.find(id).orElseThrow();
    }

    /** 恢复措施: back into the ledger, once its problem is. */
    @Transactional
    public Measure restoreMeasure(CurrentUser user, long id, int version) {
        Measure measure = editable(user, id, version);
        Removal removal = measures.removal(id).orElse(null);
        Removal.requireRemoved(removal, "措施");
        Removal.requireLive(
                campaignRows.problem(measure.problemId()).orElseThrow().removal(), "所属问题");
        restore(user, measure, removal);
        return measures.find(id).orElseThrow();
    }

    /** 移除问题: the problem and its measures in the ledger, each with the reason. */
    @Transactional
    public Problem removeProblem(CurrentUser user, long id, int version, String reason) {
        Problem problem = editableProblem(user, id, version);
        Removal.requireLive(problem.removal(), "问题");
        Removal removal = Removal.of(reason, now());
        List<Measure> taken = measures.ofProblem(id, null);
        taken.forEach(Measure::requireRemovable);
        if (!campaignRows.setRemoval(id, version, removal)) {
            throw new StaleVersionException("问题", id);
        }
        taken.forEach(m -> remove(user, m, removal));
        Problem after = campaignRows.problem(id).orElseThrow();
        audit.record(user.username(), "problem.remove", "problem", id, problem, after);
        return after;
    }

    /** 恢复问题: the problem and the measures removed with it. */
    @Transactional
    public Problem restoreProblem(CurrentUser user, long id, int version) {
        Problem problem = editableProblem(user, id, version);
        Removal.requireRemoved(problem.removal(), "问题");
        if (!campaignRows.setRemoval(id, version, null)) {
            throw new StaleVersionException("问题", id);
        }
        measures.ofProblem(id, problem.removal().at()).forEach(m -> restore(user, m, problem.removal()));
        Problem after = campaignRows.problem(id).orElseThrow();
        audit.record(user.username(), "problem.restore", "problem", id, problem, after);
        return after;
    }

    /** The campaign's removed measures, for the office that may restore them. */
    public List<RemovedMeasure> removedMeasures(CurrentUser user, long campaignId, int limit) {
        campaigns.getForKeeping(user, campaignId);
        return measures.removed(campaignId, limit);
    }

    /** The campaign's removed problems, for the office that may restore them. */
    public List<Problem> removedProblems(CurrentUser user, long campaignId) {
        campaigns.getForKeeping(user, campaignId);
        return campaignRows.problems(campaignId, true);
    }

    private void remove(CurrentUser user, Measure measure, Removal removal) {
        if (!measures.setRemoval(measure, removal)) {
            throw new StaleVersionException("整改措施", measure.id());
        }
        events.publishEvent(MeasuresChanged.of(List.of(measure)));
        audit.record(
                user.username(), "measure.remove", "measure", measure.id(), measure, new Removed(measure, removal));
    }

    private void restore(CurrentUser user, Measure measure, Removal removal) {
        if (!measures.setRemoval(measure, null)) {
            throw new StaleVersionException("整改措施", measure.id());
        }
        events.publishEvent(MeasuresChanged.of(List.of(measure)));
        audit.record(
                user.username(), "measure.restore", "measure", measure.id(), new Removed(measure, removal), measure);
    }

    private Measure editable(CurrentUser user, long id, int version) {
        Measure measure = measureService.get(user, id);
        campaigns.getForEditing(user, measure.campaignId());
        if (measure.version() != version) {
            throw new StaleVersionException("整改措施", id);
        }
        return measure;
    }

    private Problem editableProblem(CurrentUser user, long id, int version) {
        Problem problem = campaigns.problem(user, id);
        campaigns.getForEditing(user, problem.campaignId());
        if (problem.version() != version) {
            throw new StaleVersionException("问题", id);
        }
        return problem;
    }

    /** Stored instants keep microseconds on PostgreSQL: a problem's measures are found again by its own. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A measure as its removal left it, with the reason: one audit event for both. */
    record Removed(@JsonUnwrapped Measure measure, Removal removal) {}
}
