package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;
import taizhang.shared.PageResult;
import taizhang.shared.Role;
import taizhang.shared.StaleVersionException;

/** The measures of the ledger: listing, assigning and moving them through the workflow. */
@Service
public class MeasureService {

    public static final int MAX_PAGE_SIZE = 200;

    private final MeasureRepository measures;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    MeasureService(MeasureRepository measures, CampaignService campaigns, OrgService organisations,
            AuditTrail audit, Clock clock) {
        this.measures = measures;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<MeasureView> list(CurrentUser user, MeasureFilter filter, MeasureSort sort, int page, int size,
            boolean withTotal) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageIndex = Math.max(0, page);
        int offset = PageResult.offset(pageIndex, pageSize);
        MeasureScope unit = filter.unitOrgId() == null ? null : MeasureScope.of(organisations.find(filter.unitOrgId())
                .orElseThrow(() -> NotFoundException.of("单位", filter.unitOrgId())));
        List<MeasureView> rows = measures.list(user, filter, unit, sort, offset, pageSize + 1);
        boolean hasNext = rows.size() > pageSize;
        Long total = withTotal ? measures.count(user, filter, unit) : null;
        return new PageResult<>(hasNext ? rows.subList(0, pageSize) : rows, pageIndex, pageSize, hasNext, total);
    }

    public Measure get(CurrentUser user, long id) {
        return measures.find(id).filter(m -> measures.visible(user, id))
                .orElseThrow(() -> NotFoundException.of("整改措施", id));
    }

    /**
     * The measure, if the user's unit (or one below it) leads it or co-operates on it, and the
     * user reports for a unit: leaders and supervisors read, they do not fill in.
     */
    public Measure getAsResponsibleUnit(CurrentUser user, long id) {
        Measure measure = get(user, id);
        if (!user.hasAny(Role.UNIT, Role.OFFICE) || !measures.responsible(user, id)) {
            throw new taizhang.shared.ForbiddenException("只有牵头或配合单位可以填报这项措施的进展");
        }
        return measure;
    }

    @Transactional
    public Measure create(CurrentUser user, long problemId, String title, String body, Assignment assignment) {
        Problem problem = campaigns.problem(user, problemId);
        campaigns.getForEditing(user, problem.campaignId());
        checkUnits(user, assignment);
        int ordinal = measures.nextOrdinal(problemId);
        Instant now = clock.instant();
        Measure draft = new Measure(0, problem.campaignId(), problemId, ordinal, title, body, assignment.leadOrgId(),
                assignment.coUnitIds(), assignment.responsibleLeader(), assignment.deadline(), assignment.type(),
                MeasureStatus.NOT_STARTED, WarningLevel.GREEN, null, now, 0)
                .withWarningAt(now, clock.getZone());
        draft.assign(assignment.leadOrgId(), assignment.coUnitIds(), assignment.responsibleLeader(),
                assignment.deadline(), assignment.type());
        long id = measures.insert(draft);
        Measure created = measures.find(id).orElseThrow();
        audit.record(user.username(), "measure.create", "measure", id, null, created);
        return created;
    }

    @Transactional
    public Measure assign(CurrentUser user, long id, int version, Assignment assignment) {
        Measure before = editable(user, id, version);
        checkUnits(user, assignment);
        Measure after = before.assign(assignment.leadOrgId(), assignment.coUnitIds(), assignment.responsibleLeader(),
                assignment.deadline(), assignment.type());
        return save(user, "measure.assign", before, after);
    }

    @Transactional
    public Measure changeStatus(CurrentUser user, long id, int version, MeasureStatus target) {
        Measure before = editable(user, id, version);
        return save(user, "measure.status", before, before.moveTo(target, measures.hasAcceptedReport(id)));
    }

    /** 退回: done work goes back to the unit, with the reason in the audit trail. */
    @Transactional
    public Measure sendBack(CurrentUser user, long id, int version, String reason) {
        Measure before = editable(user, id, version);
        Measure after = before.sendBack();
        save(user, "measure.return", before, after);
        audit.record(user.username(), "measure.return.reason", "measure", id, null, Map.of("reason", reason));
        return measures.find(id).orElseThrow();
    }

    /** Applies an accepted progress report to the measure: see {@link Measure#acceptReport}. */
    @Transactional
    public Measure applyAcceptedReport(CurrentUser user, long id, MeasureStatus claimed) {
        Measure before = measures.find(id).orElseThrow(() -> NotFoundException.of("整改措施", id));
        return save(user, "measure.report-accepted", before, before.acceptReport(claimed, clock.instant()));
    }

    /** Recomputes the stored warning of every unfinished measure, in batches; returns how many changed. */
    @Transactional
    public int recomputeWarnings() {
        Instant now = clock.instant();
        int changed = 0;
        long after = 0;
        List<Measure> batch;
        while (!(batch = measures.unfinishedAfter(after, 1000)).isEmpty()) {
            for (Measure m : batch) {
                changed += measures.updateWarning(m.id(), m.withWarningAt(now, clock.getZone()).warning());
            }
            after = batch.get(batch.size() - 1).id();
        }
        return changed;
    }

    private Measure editable(CurrentUser user, long id, int version) {
        Measure measure = get(user, id);
        campaigns.getForEditing(user, measure.campaignId());
        if (measure.version() != version) {
            throw new StaleVersionException("整改措施", id);
        }
        return measure;
    }

    private Measure save(CurrentUser user, String action, Measure before, Measure changed) {
        Instant now = clock.instant();
        Measure after = changed.withWarningAt(now, clock.getZone());
        if (!measures.update(after, now)) {
            throw new StaleVersionException("整改措施", before.id());
        }
        Measure stored = measures.find(before.id()).orElseThrow();
        audit.record(user.username(), action, "measure", before.id(), before, stored);
        return stored;
    }

    private void checkUnits(CurrentUser user, Assignment assignment) {
        if (assignment.leadOrgId() != null) {
            organisations.get(user, assignment.leadOrgId());
        }
        assignment.coUnitIds().forEach(org -> organisations.get(user, org));
    }

    /** Who carries a measure out and by when. */
    public record Assignment(Long leadOrgId, List<Long> coUnitIds, String responsibleLeader, LocalDate deadline,
            MeasureType type) {

        public Assignment {
            coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
            type = type == null ? MeasureType.DEADLINE : type;
        }
    }
}
