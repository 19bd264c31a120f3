package taizhang.ledger;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;
import taizhang.shared.PageResult;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.shared.StaleVersionException;

/** The measures of the ledger: listing, assigning and moving them through the workflow by its named moves. */
@Service
public class MeasureService {

    public static final int MAX_PAGE_SIZE = 200;

    /**
     * The audit actions that create a measure or may change its status: the named moves, an
     * accepted report, an import's stated status ({@code measure.status}, also every status change
     * recorded before the moves were named). Who reads the history of statuses reads these.
     */
    public static final List<String> STATUS_ACTIONS = List.of(
            "measure.create",
            "measure.status",
            "measure.start",
            "measure.done",
            "measure.return",
            "measure.close",
            "measure.reopen",
            "measure.report-accepted");

    private final MeasureRepository measures;
    private final SubMeasureRepository subMeasures;
    private final ClosingChainRepository chains;
    private final SignRepository signs;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final AssignableUnits assignable;
    private final ClosingEvidence evidence;
    private final Warnings warnings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasureService(
            MeasureRepository measures,
            SubMeasureRepository subMeasures,
            ClosingChainRepository chains,
            SignRepository signs,
            CampaignService campaigns,
            OrgService organisations,
            AssignableUnits assignable,
            ClosingEvidence evidence,
            Warnings warnings,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.measures = measures;
        this.subMeasures = subMeasures;
        this.chains = chains;
        this.events = events;
        this.signs = signs;
        this.evidence = evidence;
        this.warnings = warnings;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.assignable = assignable;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<MeasureView> list(
            CurrentUser user, MeasureFilter filter, MeasureSort sort, int page, int size, boolean withTotal) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageIndex = Math.max(0, page);
        int offset = PageResult.offset(pageIndex, pageSize);
        MeasureScope unit = filter.unitOrgId() == null
                ? null
                : MeasureScope.of(organisations
                        .find(filter.unitOrgId())
                        .orElseThrow(() -> NotFoundException.of("单位", filter.unitOrgId())));
        List<MeasureView> rows = measures.list(user, filter, unit, sort, offset, pageSize + 1);
        boolean hasNext = rows.size() > pageSize;
        Long total = withTotal ? measures.count(user, filter, unit) : null;
        return new PageResult<>(hasNext ? rows.subList(0, pageSize) : rows, pageIndex, pageSize, hasNext, total);
    }

    public Measure get(CurrentUser user, long id) {
        return measures.find(id)
                .filter(m -> measures.visible(user, id))
                .orElseThrow(() -> NotFoundException.of("整改措施", id));
    }

    /** What the user may do to the measure, which it must be able to see. */
    public MeasureRights rights(CurrentUser user, Measure measure) {
        // Removed, or in an archived campaign: everyone reads, nobody acts (the office restores).
        Campaign campaign = campaigns.get(user, measure.campaignId());
        boolean live = !campaign.archived() && measures.removal(measure.id()).isEmpty();
        boolean owns = live
                && (campaigns.mayEdit(user, campaign)
                        || subMeasures
                                .find(measure.id())
                                .filter(l -> keeps(user, l))
                                .isPresent());
        return MeasureRights.of(
                user,
                measure,
                owns,
                live && measures.responsible(user, measure.id()),
                path(measure.leadOrgId()),
                !chains.chain(measure.campaignId()).isEmpty());
    }

    /** Why and when the office removed the measure; empty while it is in the ledger. */
    public Optional<Removal> removal(long measureId) {
        return measures.removal(measureId);
    }

    /** The path of an organisation, null for none: what the subtree rules compare. */
    String path(Long orgId) {
        return orgId == null
                ? null
                : organisations.find(orgId).map(Organisation::path).orElse(null);
    }

    /** 分层建账: the office of the level that split the sub-measure off (or one above it) keeps it. */
    private boolean keeps(CurrentUser user, SubMeasureLink link) {
        return user.hasAny(Role.OFFICE, Role.ADMIN) && user.covers(path(link.keeperOrgId()));
    }

    /**
     * The moves the user may make on each of the measures a list has just shown it: ownership is
     * checked once per campaign rather than once per row.
     */
    public Map<Long, Set<Move>> moves(CurrentUser user, List<Measure> listed) {
        Map<Long, Boolean> owns = new HashMap<>();
        Map<Long, Boolean> chained = new HashMap<>();
        Map<Long, SubMeasureLink> links =
                subMeasures.findAll(listed.stream().map(Measure::id).toList());
        Map<Long, Set<Move>> moves = new HashMap<>();
        for (Measure m : listed) {
            boolean owner = owns.computeIfAbsent(m.campaignId(), c -> campaigns.mayEdit(user, campaigns.get(user, c)))
                    || (links.containsKey(m.id()) && keeps(user, links.get(m.id())));
            boolean chain = chained.computeIfAbsent(
                    m.campaignId(), c -> !chains.chain(c).isEmpty());
            moves.put(
                    m.id(), MeasureRights.of(user, m, owner, false, null, chain).moves());
        }
        return moves;
    }

    /**
     * Whether reports filed for this organisation carry the lead's share, which moves the
     * measure's status: the lead unit itself or a unit above it acting for its subtree. A
     * co-unit's report records its own part and leaves the status alone.
     */
    public boolean carriesLead(Measure measure, long organisationId) {
        return covers(organisationId, measure.leadOrgId());
    }

    /** Whether the organisation's subtree holds the measure's lead or one of its co-units. */
    public boolean carries(Measure measure, long organisationId) {
        return carriesLead(measure, organisationId)
                || measure.coUnitIds().stream().anyMatch(unit -> covers(organisationId, unit));
    }

    private boolean covers(long organisationId, Long unitId) {
        String unitPath = unitId == null
                ? null
                : organisations.find(unitId).map(Organisation::path).orElse(null);
        return unitPath != null
                && organisations
                        .find(organisationId)
                        .map(o -> unitPath.startsWith(o.path()))
                        .orElse(false);
    }

    /**
     * The user's rights on the measure, if the user may report on it (its unit, or one below, leads
     * or co-operates; leaders and supervisors read, they do not fill in; 销号 ends it), its row held
     * until the caller's transaction ends: filings for one measure are taken one at a time, so "one
     * report per unit and period" holds, and none slips in after a 销号.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MeasureRights lockForReporting(CurrentUser user, long id) {
        live(user, get(user, id));
        measures.lock(id);
        // Read again under the lock: a 销号 that committed in the meantime is seen.
        MeasureRights rights = rights(user, get(user, id));
        rights.requireReport();
        return rights;
    }

    /**
     * The measure, if the user answers for a part of it (签收, 申请延期: the same units that report)
     * and it is not closed (销号), its row held until the caller's transaction ends so two answers for one part cannot cross.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure lockForAnswering(CurrentUser user, long id, String act) {
        rights(user, live(user, get(user, id))).requireAnswer(act);
        measures.lock(id);
        // Read again under the lock: a 销号 that committed in the meantime is seen.
        Measure measure = get(user, id);
        rights(user, measure).requireAnswer(act);
        return measure;
    }

    /**
     * The unit the user answers for on a measure assigned before 签收 existed (which has no
     * {@link UnitAssignment} rows): the one named, or else the lead, or else the first co-unit, that
     * lies in the user's subtree.
     */
    public Optional<Long> answeringUnit(CurrentUser user, Measure measure, Long named) {
        List<Long> units = new ArrayList<>(UnitAssignment.parts(measure).keySet());
        return units.stream()
                .filter(unit -> named == null || unit.equals(named))
                .filter(unit -> covers(user.organisationId(), unit))
                .findFirst();
    }

    @Transactional
    public Measure create(CurrentUser user, long problemId, String title, String body, Assignment assignment) {
        Problem problem = campaigns.problem(user, problemId);
        campaigns.getForEditing(user, problem.campaignId());
        Removal.requireLive(problem.removal(), "问题");
        assignable.requireVisible(user, assignment);
        return insert(user, problem, title, body, assignment);
    }

    /**
     * A new measure of the problem, by the one path every creation takes: warning assessed, 签收
     * asked of its units, audited, its assignment published. The caller has checked the user's right.
     */
    Measure insert(CurrentUser user, Problem problem, String title, String body, Assignment assignment) {
        assignable.requireActive(assignment, null);
        long problemId = problem.id();
        int ordinal = measures.nextOrdinal(problemId);
        Instant now = clock.instant();
        Measure draft = warnings.assess(
                new Measure(
                        0,
                        problem.campaignId(),
                        problemId,
                        ordinal,
                        title,
                        body,
                        assignment.leadOrgId(),
                        assignment.coUnitIds(),
                        assignment.responsibleLeader(),
                        assignment.deadline(),
                        assignment.type(),
                        MeasureStatus.NOT_STARTED,
                        WarningLevel.GREEN,
                        null,
                        now,
                        0),
                now);
        draft.assign(
                assignment.leadOrgId(),
                assignment.coUnitIds(),
                assignment.responsibleLeader(),
                assignment.deadline(),
                assignment.type());
        long id = measures.insert(draft);
        signs.assigned(List.of(new SignRepository.Change(null, draft.stored(id, 0))), now);
        Measure created = measures.find(id).orElseThrow();
        audit.record(user.username(), "measure.create", "measure", id, null, created);
        MeasureAssigned.between(null, created).ifPresent(events::publishEvent);
        return created;
    }

    @Transactional
    public Measure assign(CurrentUser user, long id, int version, Assignment assignment) {
        Measure before = current(user, id, version);
        rights(user, before).requireOffice("修改台账");
        assignable.requireVisible(user, assignment);
        assignable.requireActive(assignment, before);
        Measure after = before.assign(
                assignment.leadOrgId(),
                assignment.coUnitIds(),
                assignment.responsibleLeader(),
                assignment.deadline(),
                assignment.type());
        Measure stored = save(user, "measure.assign", before, after, null);
        MeasureAssigned.between(before, stored).ifPresent(events::publishEvent);
        return stored;
    }

    /** 开始整改. */
    @Transactional
    public Measure start(CurrentUser user, long id, int version) {
        Measure before = moving(user, id, version, Move.START);
        return save(user, "measure.start", before, before.start(), null);
    }

    /** The office records the work as done or substantially done. */
    @Transactional
    public Measure reportDone(CurrentUser user, long id, int version, MeasureStatus outcome) {
        return reportDone(user, id, version, outcome, null);
    }

    /**
     * The office records the work as done or substantially done; a parent whose sub-measures are
     * not all finished is done only over them, with the office's reason ({@link RollUp#permit}).
     */
    @Transactional
    public Measure reportDone(CurrentUser user, long id, int version, MeasureStatus outcome, String overrideReason) {
        Measure before = moving(user, id, version, Move.REPORT_DONE);
        Measure after = before.reportDone(outcome);
        overRollUp(user, before, after, overrideReason);
        return save(user, "measure.done", before, after, null);
    }

    /** 分层建账: where the parent's sub-measures stand (none for a measure never split). */
    RollUp rollUp(long parentId) {
        return new RollUp(subMeasures.parts(parentId));
    }

    /** Refuses to finish a parent over open sub-measures unless the office gave its reason, then audits that. */
    private void overRollUp(CurrentUser user, Measure before, Measure after, String overrideReason) {
        if (before.status().isFinished() || !after.status().isFinished()) {
            return;
        }
        rollUp(before.id())
                .permit(after.status(), overrideReason)
                .ifPresent(
                        o -> audit.record(user.username(), "measure.rollup-override", "measure", before.id(), null, o));
    }

    /** 退回: done work goes back to the unit, with the reason in the audit trail. */
    @Transactional
    public Measure sendBack(CurrentUser user, long id, int version, String reason) {
        Measure before = moving(user, id, version, Move.RETURN);
        return save(user, "measure.return", before, before.sendBack(reason), reason);
    }

    /** 退回 of a measure whose right to return the caller has checked (see {@link MeasureFeedback}). */
    Measure sendBack(CurrentUser user, Measure before, String reason) {
        return save(user, "measure.return", before, before.sendBack(reason), reason);
    }

    /** 销号: on evidence files and an accepted report, whichever path asks. */
    @Transactional
    public Measure close(CurrentUser user, long id, int version) {
        Measure before = current(user, id, version);
        MeasureRights rights = rights(user, before);
        rights.requireOffice(Move.CLOSE.label());
        if (rights.chainedClosing()) {
            throw new RuleViolationException(
                    "本任务的销号须经审批链（" + chains.chain(before.campaignId()).describe() + "）逐级审批：请在措施页提交销号申请");
        }
        return save(user, "measure.close", before, before.close(proof(id)), null);
    }

    /** 销号 at the end of an approved chain; the caller has checked the approver's right. */
    Measure closeApproved(CurrentUser user, Measure before) {
        return save(user, "measure.close", before, before.close(proof(before.id())), null);
    }

    /** What a 销号 rests on now. */
    Measure.ClosingProof proof(long id) {
        return new Measure.ClosingProof(evidence.files(id), measures.hasAcceptedReport(id));
    }

    /** 回头看: a closed measure opened again, with the reason in the audit trail. */
    @Transactional
    public Measure reopen(CurrentUser user, long id, int version, String reason) {
        Measure before = moving(user, id, version, Move.REOPEN);
        return save(user, "measure.reopen", before, before.reopen(reason), reason);
    }

    /**
     * Applies an accepted progress report that carries the lead's share to the measure: see
     * {@link Measure#acceptReport}. The caller has checked the reviewer's right to accept.
     */
    @Transactional
    public Measure applyAcceptedReport(CurrentUser user, long id, MeasureStatus claimed, String overrideReason) {
        Measure before = measures.find(id).orElseThrow(() -> NotFoundException.of("整改措施", id));
        Measure after = before.acceptReport(claimed, clock.instant());
        overRollUp(user, before, after, overrideReason);
        return save(user, "measure.report-accepted", before, after, null);
    }

    /**
     * 修改: the office words and assigns the measure anew on its page. Only the fields that differ
     * change, through the measure's own rules ({@link MeasureEdit}), with one {@code measure.edit}
     * event per field, under its column's name, as an edited Excel ledger records them.
     */
    @Transactional
    public Measure edit(CurrentUser user, long id, int version, String title, Assignment assignment) {
        return edit(user, id, version, title, null, assignment);
    }

    /**
     * 修改 with the official text too: {@code body} null leaves it as it is, blank removes it. The
     * office's text is the measure's official text from then on, in the ledger and the notice; a
     * unit's report never replaces it.
     */
    @Transactional
    public Measure edit(CurrentUser user, long id, int version, String title, String body, Assignment assignment) {
        Measure before = current(user, id, version);
        rights(user, before).requireOffice("修改措施");
        MeasureEdit edit = new MeasureEdit(before, title, body == null ? before.body() : body, assignment);
        if (edit.changes().isEmpty()) {
            return before;
        }
        assignable.requireAdded(user, edit.addedUnits());
        Measure stored = write(before, edit.applied());
        audit.recordAll(
                user.username(),
                MeasureField.between(before, stored).stream()
                        .map(field -> new AuditTrail.Entry(
                                "measure.edit",
                                "measure",
                                id,
                                Collections.singletonMap(field.label(), field.value(before, this::unitName)),
                                Collections.singletonMap(field.label(), field.value(stored, this::unitName))))
                        .toList());
        MeasureAssigned.between(before, stored).ifPresent(events::publishEvent);
        return stored;
    }

    private String unitName(Long orgId) {
        return organisations.find(orgId).map(Organisation::name).orElse(String.valueOf(orgId));
    }

    /** The measure, if it may change: in the ledger (not removed), in a campaign not archived. */
    private Measure live(CurrentUser user, Measure measure) {
        Removal.requireLive(measures.removal(measure.id()).orElse(null), "措施");
        campaigns.get(user, measure.campaignId()).requireInUse();
        return measure;
    }

    private Measure current(CurrentUser user, long id, int version) {
        Measure measure = live(user, get(user, id));
        if (measure.version() != version) {
            throw new StaleVersionException("整改措施", id);
        }
        return measure;
    }

    private Measure moving(CurrentUser user, long id, int version, Move move) {
        Measure measure = current(user, id, version);
        rights(user, measure).requireOffice(move.label());
        return measure;
    }

    private Measure save(CurrentUser user, String action, Measure before, Measure changed, String reason) {
        Measure stored = write(before, changed);
        audit.record(
                user.username(),
                action,
                "measure",
                before.id(),
                before,
                reason == null ? stored : new Moved(stored, reason));
        return stored;
    }

    /** Stores the changed measure (warning assessed, 签收 asked of units it adds) and reads it back. */
    private Measure write(Measure before, Measure changed) {
        Instant now = clock.instant();
        Measure after = warnings.assess(changed, now);
        if (!measures.update(after, now)) {
            throw new StaleVersionException("整改措施", before.id());
        }
        events.publishEvent(MeasuresChanged.of(List.of(after)));
        if (!UnitAssignment.added(before, after).isEmpty()
                || !UnitAssignment.removed(before, after).isEmpty()) {
            signs.assigned(List.of(new SignRepository.Change(before, after)), now);
        }
        return settled(measures.find(before.id()).orElseThrow(), now);
    }

    /**
     * The stored measure with the warning its stored sign state gives (an assignment written after
     * the measure may make it unsigned, a signature or a removed unit signed).
     */
    Measure settled(Measure stored, Instant now) {
        Measure warned = warnings.assess(stored, now);
        if (warned.warning() != stored.warning()) {
            measures.updateWarning(stored.id(), warned.warning());
        }
        return warned;
    }

    /**
     * 延期: moves the deadline in force to the approved day, keeping the one first assigned; the
     * owning office's decision, audited with its reason. Runs in the caller's transaction, which
     * records the decision itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure extend(CurrentUser user, long id, LocalDate later, String reason) {
        Measure before = live(user, get(user, id));
        rights(user, before).requireOffice("批准延期");
        return save(user, "measure.extend", before, before.extendTo(later), reason);
    }

    /** A measure as a move left it, with the reason the move was given: one audit event for both. */
    record Moved(@JsonUnwrapped Measure measure, String reason) {}

    /** Who carries a measure out and by when. */
    public record Assignment(
            Long leadOrgId, List<Long> coUnitIds, String responsibleLeader, LocalDate deadline, MeasureType type) {

        public Assignment {
            coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
            type = type == null ? MeasureType.DEADLINE : type;
        }
    }
}
