package taizhang.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.StaleVersionException;

/**
 * Runs a campaign's reporting cycles: the owning office opens, closes, reopens and reminds; anyone
 * who sees the campaign reads who owes what, the office for the whole campaign and everyone else
 * for the units of its own subtree.
 */
@Service
public class CycleService {

    private final CycleRepository cycles;
    private final ObligationRepository obligations;
    private final SnapshotRepository snapshots;
    private final ReminderRepository reminders;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CycleService(
            CycleRepository cycles,
            ObligationRepository obligations,
            SnapshotRepository snapshots,
            ReminderRepository reminders,
            CampaignService campaigns,
            MeasureService measures,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cycles = cycles;
        this.obligations = obligations;
        this.snapshots = snapshots;
        this.reminders = reminders;
        this.campaigns = campaigns;
        this.measures = measures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a cycle. Every measure not closed must report except those excluded by id or by type
     * (长期坚持 measures reported quarterly, say), which are resolved in SQL as the cycle opens.
     */
    @Transactional
    public ReportingCycle open(
            CurrentUser user,
            long campaignId,
            String period,
            LocalDate dueDate,
            Set<Long> excluded,
            Set<MeasureType> excludedTypes) {
        Campaign campaign = campaigns.getForEditing(user, campaignId);
        Cycle label = Cycle.parse("period", period);
        if (dueDate == null) {
            throw new InvalidRequestException("dueDate", "请填写截止日期");
        }
        if (cycles.countInCampaign(campaignId, excluded) != excluded.size()) {
            throw new InvalidRequestException("excludedMeasureIds", "不参加本期调度的措施必须属于本任务");
        }
        ReportingCycle opened = ReportingCycle.open(
                campaignId,
                label,
                dueDate,
                excluded,
                cycles.find(campaignId, label.label()).stream().toList());
        long id = cycles.insert(opened, excludedTypes, user.username(), clock.instant());
        ReportingCycle stored = cycles.find(campaignId, label.label()).orElseThrow();
        obligations.write(stored);
        audit.record(
                user.username(),
                "cycle.open",
                "reporting_cycle",
                id,
                null,
                Map.of("cycle", CycleView.of(stored), "excludedTypes", excludedTypes));
        events.publishEvent(new CycleOpened(new CycleOfCampaign(stored, campaign.name(), campaign.ownerOrgId())));
        events.publishEvent(new CycleWarnings.Changed(campaignId));
        return stored;
    }

    public List<ReportingCycle> list(CurrentUser user, long campaignId) {
        campaigns.get(user, campaignId);
        return cycles.forCampaign(campaignId);
    }

    public ReportingCycle get(CurrentUser user, long campaignId, String period) {
        campaigns.get(user, campaignId);
        return find(campaignId, period);
    }

    /** Locks the cycle and writes the ledger's snapshot as of now; the campaign's warnings follow after the commit. */
    @Transactional
    public ReportingCycle close(CurrentUser user, long campaignId, String period) {
        campaigns.getForEditing(user, campaignId);
        ReportingCycle before = held(campaignId, period);
        ReportingCycle closed = before.close(clock.instant());
        save(closed);
        snapshots.write(closed);
        obligations.complete(closed);
        ReportingCycle after = find(campaignId, period);
        audit.record(
                user.username(),
                "cycle.close",
                "reporting_cycle",
                before.id(),
                CycleView.of(before),
                CycleView.of(after));
        events.publishEvent(new CycleWarnings.Changed(campaignId));
        return after;
    }

    /** Opens a closed cycle again: an office decision whose reason the audit trail keeps. */
    @Transactional
    public ReportingCycle reopen(CurrentUser user, long campaignId, String period, String reason) {
        campaigns.getForEditing(user, campaignId);
        ReportingCycle before = held(campaignId, period);
        save(before.reopen(reason));
        ReportingCycle after = find(campaignId, period);
        obligations.write(after);
        audit.record(
                user.username(),
                "cycle.reopen",
                "reporting_cycle",
                before.id(),
                CycleView.of(before),
                Map.of("cycle", CycleView.of(after), "reason", reason.strip()));
        events.publishEvent(new CycleWarnings.Changed(campaignId));
        return after;
    }

    /** The units that still owe reports, within the reader's reach. */
    public List<MissingUnit> missing(CurrentUser user, long campaignId, String period) {
        Campaign campaign = campaigns.get(user, campaignId);
        return obligations.missing(head(campaignId, period), scope(user, campaign));
    }

    /** Per unit: required, submitted, returned, owing, and when it was last reminded. */
    public List<UnitTally> units(CurrentUser user, long campaignId, String period) {
        Campaign campaign = campaigns.get(user, campaignId);
        ReportingCycle cycle = head(campaignId, period);
        Map<Long, Instant> reminded = reminders.lastReminded(cycle.id());
        return obligations.tallies(cycle, scope(user, campaign)).stream()
                .map(t -> t.reminded(reminded.get(t.orgId())))
                .toList();
    }

    /** Per measure, a page at a time: who leads it and where that unit stands. */
    public List<Obligation> obligations(
            CurrentUser user, long campaignId, String period, boolean owingOnly, int page, int size) {
        Campaign campaign = campaigns.get(user, campaignId);
        int limit = Math.max(1, Math.min(size, MeasureService.MAX_PAGE_SIZE));
        return obligations.page(
                head(campaignId, period),
                scope(user, campaign),
                owingOnly,
                Math.max(0, page) * limit,
                limit,
                LocalDate.now(clock));
    }

    /** The measure as it stood when the cycle closed; the reader must see the measure. */
    public SnapshotEntry snapshot(CurrentUser user, long campaignId, String period, long measureId) {
        campaigns.get(user, campaignId);
        ReportingCycle cycle = find(campaignId, period);
        measures.get(user, measureId);
        return snapshots
                .find(cycle.id(), measureId)
                .orElseThrow(() -> new NotFoundException(
                        cycle.period().chinese() + "的调度周期没有措施 " + measureId + " 的关闭时快照（周期未关闭，或该措施不在本期调度范围内）"));
    }

    /**
     * The ledger as of the cycle's close, a page at a time in measure order: the whole snapshot for
     * the owning office, else the measures the reader's subtree led or co-operated on at the close.
     * Empty while the cycle has never been closed.
     */
    public List<SnapshotEntry> snapshot(CurrentUser user, long campaignId, String period, int page, int size) {
        Campaign campaign = campaigns.get(user, campaignId);
        int limit = Math.max(1, Math.min(size, MeasureService.MAX_PAGE_SIZE));
        return snapshots.page(find(campaignId, period).id(), scope(user, campaign), Math.max(0, page) * limit, limit);
    }

    /** The open cycles in which the user's subtree leads a measure, soonest due first, with campaign names. */
    public List<OpenCycle> openFor(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<OpenCycle> open = new ArrayList<>();
        for (ReportingCycle cycle : cycles.openFor(user.subtreePattern())) {
            open.add(new OpenCycle(
                    cycle.campaignId(),
                    campaigns.get(user, cycle.campaignId()).name(),
                    cycle.period().label(),
                    cycle.period().chinese(),
                    cycle.dueDate(),
                    cycle.daysLeft(today),
                    cycle.excludedMeasureIds()));
        }
        return open;
    }

    /** Every open cycle of every campaign, for the jobs that watch due dates: no reader, no scope. */
    public List<CycleOfCampaign> allOpen() {
        return cycles.allOpen();
    }

    /** The units that still owe reports for the cycle, across the whole campaign: for messages, not readers. */
    public List<UnitTally> owingUnits(ReportingCycle cycle) {
        return obligations.tallies(cycle, null).stream()
                .filter(t -> t.owing() > 0)
                .toList();
    }

    /** The reminders sent to the user's own unit, newest first. */
    public List<Reminder> reminders(CurrentUser user, int limit) {
        return reminders.forOrganisation(user.organisationId(), Math.max(1, Math.min(limit, 100)));
    }

    ReportingCycle find(long campaignId, String period) {
        String label = Cycle.parse("period", period).label();
        return cycles.find(campaignId, label)
                .orElseThrow(() -> new NotFoundException(
                        "找不到" + Cycle.parse("period", label).chinese() + "的调度周期（本任务尚未开启该周期）"));
    }

    /** The cycle without its exclusions (which may be many), for reads that do not list them. */
    private ReportingCycle head(long campaignId, String period) {
        String label = Cycle.parse("period", period).label();
        return cycles.head(campaignId, label, false)
                .orElseThrow(() -> new NotFoundException(
                        "找不到" + Cycle.parse("period", label).chinese() + "的调度周期（本任务尚未开启该周期）"));
    }

    /** The cycle, held against reports being written until the caller's transaction ends. */
    private ReportingCycle held(long campaignId, String period) {
        String label = find(campaignId, period).period().label();
        return cycles.findForUpdate(campaignId, label).orElseThrow();
    }

    private void save(ReportingCycle cycle) {
        if (!cycles.updateStatus(cycle)) {
            throw new StaleVersionException("调度周期", cycle.id());
        }
    }

    /** Null (everything) for the owning office's subtree, else the reader's own subtree. */
    private String scope(CurrentUser user, Campaign campaign) {
        return campaigns.seesWholeCampaign(user, campaign) ? null : user.subtreePattern();
    }
}
