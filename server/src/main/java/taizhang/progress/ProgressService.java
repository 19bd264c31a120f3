package taizhang.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Period;
import taizhang.shared.RuleViolationException;
import taizhang.shared.StaleVersionException;

/**
 * The reporting loop: a responsible unit writes and submits progress for a measure; the
 * campaign's office accepts it (its figures become readings, the measure takes the claimed
 * status) or returns it with a reason.
 */
@Service
public class ProgressService {

    /** The audit actions of writing a report and sending it to review. */
    private static final Set<String> WRITING = Set.of("report.create", "report.edit", "report.submit");

    private final ProgressRepository reports;
    private final MeasureService measures;
    private final IndicatorService indicators;
    private final ImportedReports imported;
    private final AuditTrail audit;
    private final CycleGate cycles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(
            ProgressRepository reports,
            MeasureService measures,
            IndicatorService indicators,
            ImportedReports imported,
            AuditTrail audit,
            CycleGate cycles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.events = events;
        this.cycles = cycles;
        this.measures = measures;
        this.indicators = indicators;
        this.imported = imported;
        this.audit = audit;
        this.clock = clock;
    }

    public ProgressReport get(CurrentUser user, long id) {
        return visible(user, id).report();
    }

    /** A report with its measure, read once for the checks a change makes. */
    private record Held(ProgressReport report, Measure measure) {}

    /** The report, if the user sees its measure; a hidden one reads as missing. */
    private Held visible(CurrentUser user, long id) {
        ProgressReport report = reports.find(id).orElseThrow(() -> NotFoundException.of("进展报告", id));
        try {
            return new Held(report, measures.get(user, report.measureId()));
        } catch (NotFoundException hidden) {
            throw NotFoundException.of("进展报告", id);
        }
    }

    public List<ProgressReport> forMeasure(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return reports.forMeasure(measureId);
    }

    /**
     * The reports of measures the reader has just been shown by a ledger list, which checked their
     * visibility, by measure id, each measure's newest first: one query for a whole page (and one
     * for the figures) instead of a check and a query per row.
     */
    public Map<Long, List<ProgressReport>> forListedMeasures(Collection<Long> measureIds) {
        return reports.forMeasures(measureIds).stream()
                .collect(Collectors.groupingBy(ProgressReport::measureId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The reports a list has just selected among those the reader may see (the review queue keeps
     * to campaigns owned within the reviewer's subtree, whose every measure the reviewer sees), in
     * the list's order: one query for the list instead of a check and a query per row.
     */
    public List<ProgressReport> listed(List<Long> ids) {
        return reports.findAll(ids);
    }

    /**
     * Writes the unit's report for a period as a draft, or submits it at once when {@code submit}
     * is set. A unit has one report per measure and period: filing again replaces its own draft
     * (or returned report), and is refused once the report is with the office or accepted.
     */
    @Transactional
    public ProgressReport create(
            CurrentUser user,
            long measureId,
            String period,
            String body,
            MeasureStatus claimed,
            List<ProgressReport.Figure> figures,
            boolean submit) {
        MeasureRights rights = measures.lockForReporting(user, measureId);
        Measure measure = rights.measure();
        checkFigures(user, measure, figures);
        String requested = Period.require("period", period);
        String label = ReportPeriods.forUnit(
                        requested,
                        today(),
                        reports.backfillAllowed(measureId, user.organisationId(), requested),
                        cycles.stanceForWriting(measure, requested))
                .label();
        Optional<ProgressReport> filed = reports.forUnitAndPeriod(measureId, user.organisationId(), label);
        if (filed.isPresent()) {
            ProgressReport existing = filed.get();
            if (existing.status() == ReportStatus.SUBMITTED || existing.status() == ReportStatus.ACCEPTED) {
                throw new RuleViolationException(
                        "本单位" + Cycle.parse("period", label).chinese() + "的进展报告已经"
                                + (existing.status() == ReportStatus.SUBMITTED ? "提交，正在审核" : "审核通过")
                                + "（报告编号 " + existing.id() + "），同一周期不能重复填报");
            }
            ProgressReport replaced = save(user, "report.edit", existing, existing.edit(user, body, claimed, figures));
            return submit ? submit(user, replaced.id(), replaced.version()) : replaced;
        }
        ProgressReport draft = new ProgressReport(
                0,
                measureId,
                user.organisationId(),
                label,
                body,
                claimed,
                ReportStatus.DRAFT,
                null,
                user.id(),
                rights.writesNotes(),
                null,
                null,
                null,
                0,
                figures);
        long id = reports.insert(draft);
        cycles.reportsChanged(label, List.of(measureId));
        audit.record(
                user.username(),
                "report.create",
                "progress_report",
                id,
                null,
                reports.find(id).orElseThrow());
        return submit ? submit(user, id, 0) : reports.find(id).orElseThrow();
    }

    /**
     * 补报: the office lets a unit file for a period that has already ended, with a reason in the
     * audit trail. The unit's report then goes through review as any other.
     */
    @Transactional
    public void allowBackfill(CurrentUser user, long measureId, long organisationId, String period, String reason) {
        Measure measure = measures.get(user, measureId);
        measures.rights(user, measure).requireOffice("同意补报");
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "同意补报必须写明理由");
        }
        String label = ReportPeriods.notFuture(period, today()).label();
        if (!measures.carries(measure, organisationId)) {
            throw new InvalidRequestException("organisationId", "单位 " + organisationId + " 不承担这项措施");
        }
        if (reports.allowBackfill(measureId, organisationId, label, reason.strip(), user.username(), clock.instant())) {
            audit.record(
                    user.username(),
                    "report.backfill-allowed",
                    "measure",
                    measureId,
                    null,
                    Map.of("organisation", organisationId, "period", label, "reason", reason.strip()));
        }
    }

    /**
     * Records a report's text for one measure as progress the office has read and accepted, by
     * the import's own batch path ({@link ImportedReports}). Nothing is written when the
     * measure's latest report already says exactly this; returns whether a report was written.
     */
    @Transactional
    public boolean recordImported(CurrentUser user, long measureId, String period, String body, MeasureStatus claimed) {
        Measure measure = measures.get(user, measureId);
        List<ProgressReport> existing = reports.forMeasure(measureId);
        if (!existing.isEmpty() && existing.get(0).body().equals(body)) {
            return false;
        }
        imported.record(
                user,
                ReportPeriods.notFuture(period, today()).label(),
                List.of(new ImportedReports.Imported(measure, body, claimed)));
        return true;
    }

    @Transactional
    public ProgressReport edit(
            CurrentUser user,
            long id,
            int version,
            String body,
            MeasureStatus claimed,
            List<ProgressReport.Figure> figures) {
        Held held = forAuthor(user, id, version);
        checkFigures(user, held.measure(), figures);
        return save(user, "report.edit", held.report(), held.report().edit(user, body, claimed, figures));
    }

    @Transactional
    public ProgressReport submit(CurrentUser user, long id, int version) {
        ProgressReport before = forAuthor(user, id, version).report();
        return save(user, "report.submit", before, before.submit(user, clock.instant()));
    }

    /**
     * Accepts a report: its figures become readings; a report carrying the lead's share moves the
     * measure, a co-unit's records its part and leaves the measure's status alone.
     */
    @Transactional
    public ProgressReport accept(CurrentUser user, long id, int version) {
        return accept(user, id, version, null);
    }

    /**
     * Accepts a report as {@link #accept(CurrentUser, long, int)}; a lead's report that claims done
     * on a parent measure whose sub-measures are still open needs the office's {@code overrideReason}.
     */
    @Transactional
    public ProgressReport accept(CurrentUser user, long id, int version, String overrideReason) {
        Held held = forReviewer(user, id, version);
        held.measure().requireInput("审核通过进展报告");
        ProgressReport before = held.report();
        ProgressReport after = save(user, "report.accept", before, before.accept(user, writers(id), clock.instant()));
        for (ProgressReport.Figure figure : after.figures()) {
            indicators.recordFromReport(user.username(), figure.indicatorId(), after.period(), figure.value(), id);
        }
        if (measures.carriesLead(held.measure(), after.organisationId())) {
            measures.applyAcceptedReport(user, after.measureId(), after.claimedStatus(), overrideReason);
        }
        events.publishEvent(new ReportReviewed(after, held.measure().title()));
        return after;
    }

    @Transactional
    public ProgressReport returnToUnit(CurrentUser user, long id, int version, String reason) {
        Held held = forReviewer(user, id, version);
        ProgressReport before = held.report();
        ProgressReport after =
                save(user, "report.return", before, before.returnWith(reason, user.id(), clock.instant()));
        events.publishEvent(new ReportReviewed(after, held.measure().title()));
        return after;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who wrote or submitted the report, by user name, as its audit trail records them. */
    private Set<String> writers(long reportId) {
        return audit.history("progress_report", reportId).stream()
                .filter(e -> WRITING.contains(e.action()))
                .map(AuditEvent::actor)
                .collect(Collectors.toSet());
    }

    /** The report's own measure held for reporting: a change to a report is refused as a new one would be. */
    private Held forAuthor(CurrentUser user, long id, int version) {
        Held held = visible(user, id);
        Measure measure = measures.lockForReporting(user, held.measure().id()).measure();
        unlocked(measure, held.report());
        checkVersion(held.report(), version);
        return new Held(held.report(), measure);
    }

    /**
     * The report, if the user keeps its measure: the campaign's office, or for a sub-measure the
     * office of the level that split it off (分层建账).
     */
    private Held forReviewer(CurrentUser user, long id, int version) {
        Held held = visible(user, id);
        measures.rights(user, held.measure()).requireOffice("审核进展报告");
        unlocked(held.measure(), held.report());
        checkVersion(held.report(), version);
        return held;
    }

    /**
     * Refuses a change to the report (an evidence file attached to it, say) once a closed cycle has
     * locked its period, the same rule and message as for editing it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireUnlocked(CurrentUser user, long reportId) {
        Held held = visible(user, reportId);
        unlocked(held.measure(), held.report());
    }

    /** Whether a closed cycle has locked the measure's reports for the period. */
    public boolean locked(Measure measure, String period) {
        return cycles.stance(measure, period) == CycleGate.Stance.CLOSED;
    }

    private void unlocked(Measure measure, ProgressReport report) {
        ReportPeriods.notLocked(
                Cycle.parse("period", report.period()), cycles.stanceForWriting(measure, report.period()));
    }

    private static void checkVersion(ProgressReport report, int version) {
        if (report.version() != version) {
            throw new StaleVersionException("进展报告", report.id());
        }
    }

    private ProgressReport save(CurrentUser user, String action, ProgressReport before, ProgressReport after) {
        if (!reports.update(after)) {
            throw new StaleVersionException("进展报告", before.id());
        }
        ProgressReport stored = reports.find(before.id()).orElseThrow();
        cycles.reportsChanged(stored.period(), List.of(stored.measureId()));
        audit.record(user.username(), action, "progress_report", before.id(), before, stored);
        return stored;
    }

    private void checkFigures(CurrentUser user, Measure measure, List<ProgressReport.Figure> figures) {
        for (ProgressReport.Figure figure : figures) {
            Indicator indicator = indicators.get(user, figure.indicatorId());
            if (indicator.measureId() == null || indicator.measureId() != measure.id()) {
                throw new InvalidRequestException("figures", "指标 " + figure.indicatorId() + " 不属于这项措施");
            }
        }
    }
}
