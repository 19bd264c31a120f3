package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/**
 * 台账导入的写入: an imported ledger written chunk by chunk with JDBC batches, under the rules the
 * one-by-one services apply ({@code CampaignService.addProblem}, {@code MeasureService.create},
 * the office's moves and {@code applyAcceptedReport}), with one audit event per write appended
 * in one batch per chunk; and the edits an exported sheet brings back to the measures it came
 * from ({@link LedgerImportSession#update}). Every method joins the caller's transaction, so an
 * import that fails in any chunk leaves nothing behind.
 */
@Service
public class LedgerImport {

    /** A measure to move to {@code target}. */
    public record StatusChange(Measure measure, MeasureStatus target) {}

    private final JdbcTemplate jdbc;
    private final MeasureRepository measures;
    private final SubMeasureRepository subMeasures;
    private final SignRepository signs;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Warnings warnings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerImport(
            JdbcTemplate jdbc,
            MeasureRepository measures,
            SubMeasureRepository subMeasures,
            SignRepository signs,
            CampaignService campaigns,
            OrgService organisations,
            AuditTrail audit,
            Warnings warnings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.warnings = warnings;
        this.events = events;
        this.jdbc = jdbc;
        this.measures = measures;
        this.subMeasures = subMeasures;
        this.signs = signs;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts writing into the campaign, which the user must be allowed to edit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerImportSession start(CurrentUser user, long campaignId) {
        campaigns.getForEditing(user, campaignId);
        LedgerBatchWriter writer = new LedgerBatchWriter(jdbc, campaignId);
        return new LedgerImportSession(
                user,
                campaignId,
                writer,
                new MeasureBatchUpdates(jdbc),
                signs,
                campaigns.problems(user, campaignId),
                writer.lastOrdinals(),
                organisations.visibleTo(user),
                organisations.all(),
                organisations.inactiveIds(),
                audit,
                warnings,
                events,
                clock);
    }

    /**
     * The campaign's measures among these ids, as stored now, by id; ids of other campaigns or
     * of no measure are left out. The campaign must be one the user edits, whose office sees
     * every measure of it ({@link CampaignService#getForEditing}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Measure> measuresOf(CurrentUser user, long campaignId, Collection<Long> ids) {
        campaigns.getForEditing(user, campaignId);
        Map<Long, Measure> byId = new HashMap<>();
        measures.findAll(campaignId, ids).forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    /**
     * Applies each accepted report to its measure ({@link Measure#acceptReport}), as
     * {@code MeasureService.applyAcceptedReport} does one at a time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Measure> applyAcceptedReports(CurrentUser user, List<StatusChange> changes) {
        Instant now = now(clock);
        requireRolledUp(changes, now);
        return save(
                user,
                "measure.report-accepted",
                changes,
                now,
                change -> change.measure().acceptReport(change.target(), now));
    }

    /**
     * 分层建账: an imported report does not finish a parent while a sub-measure is open; only the
     * office's own move, with its reason, does ({@link RollUp#permit}).
     */
    private void requireRolledUp(List<StatusChange> changes, Instant now) {
        Map<Long, Measure> finishing = new HashMap<>();
        for (StatusChange c : changes) {
            Measure after = c.measure().acceptReport(c.target(), now);
            if (!c.measure().status().isFinished() && after.status().isFinished()) {
                finishing.put(after.id(), after);
            }
        }
        subMeasures
                .partsOf(finishing.keySet())
                .forEach((parent, parts) ->
                        new RollUp(parts).permit(finishing.get(parent).status(), null));
    }

    private List<Measure> save(
            CurrentUser user,
            String action,
            List<StatusChange> changes,
            Instant now,
            Function<StatusChange, Measure> change) {
        if (changes.isEmpty()) {
            return List.of();
        }
        changes.stream().map(c -> c.measure().campaignId()).distinct().forEach(id -> campaigns.getForEditing(user, id));
        List<Measure> changed = warnings.assessAll(changes.stream().map(change).toList(), now);
        new MeasureBatchUpdates(jdbc).updateWorkflow(changed, now);
        changed.stream()
                .collect(Collectors.groupingBy(Measure::campaignId))
                .values()
                .forEach(inCampaign -> events.publishEvent(MeasuresChanged.of(inCampaign)));
        List<Measure> stored = new ArrayList<>(changed.size());
        List<AuditTrail.Entry> events = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            Measure written = changed.get(i);
            Measure after = written.stored(written.id(), written.version() + 1);
            stored.add(after);
            events.add(new AuditTrail.Entry(
                    action, "measure", after.id(), changes.get(i).measure(), after));
        }
        audit.recordAll(user.username(), events);
        return stored;
    }

    /** Microseconds, what the databases keep: the measures returned and audited equal those read back later. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
