package taizhang.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.CampaignService;
import taizhang.ledger.LedgerImport;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;

/**
 * The progress text of an imported sheet, many measures at a time: what
 * {@link ProgressService#recordImported} asks for one, with JDBC batches. Each text becomes a
 * report the office has read and accepted ({@code report.import}, draft before, accepted after),
 * and its measure takes the claimed status. A period whose cycle the office has closed for a
 * measure is refused, as for a unit's report, and so is a closed (销号) measure. The caller passes only texts no accepted report of
 * the measure says already: a new measure's, or a sheet's text that differs from the latest.
 */
@Service
public class ImportedReports {

    /**
     * A measure's progress text and the status it claims; {@code restatesText} when it is the text a
     * document import just created the measure with (its official text as read), not progress beyond it.
     */
    public record Imported(Measure measure, String body, MeasureStatus claimed, boolean restatesText) {

        public Imported(Measure measure, String body, MeasureStatus claimed) {
            this(measure, body, claimed, false);
        }
    }

    private final ProgressRepository reports;
    private final CampaignService campaigns;
    private final LedgerImport ledger;
    private final AuditTrail audit;
    private final CycleGate cycles;
    private final Clock clock;

    ImportedReports(
            ProgressRepository reports,
            CampaignService campaigns,
            LedgerImport ledger,
            AuditTrail audit,
            CycleGate cycles,
            Clock clock) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.audit = audit;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Records the reports for the period; returns the measures as they now stand. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Measure> record(CurrentUser user, String period, List<Imported> imported) {
        if (imported.isEmpty()) {
            return List.of();
        }
        Cycle cycle = Cycle.parse("period", period);
        imported.forEach(r -> r.measure().requireInput("导入进展"));
        imported.stream()
                .collect(Collectors.groupingBy(
                        r -> r.measure().campaignId(),
                        Collectors.mapping(r -> r.measure().id(), Collectors.toList())))
                .forEach((campaign, measures) -> {
                    campaigns.getForEditing(user, campaign);
                    if (!cycles.lockedForWriting(campaign, cycle.label(), measures)
                            .isEmpty()) {
                        ReportPeriods.notLocked(cycle, CycleGate.Stance.CLOSED);
                    }
                });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ProgressReport> drafts = imported.stream()
                .map(r -> new ProgressReport(
                        0,
                        r.measure().id(),
                        user.organisationId(),
                        period,
                        r.body(),
                        r.claimed(),
                        ReportStatus.DRAFT,
                        null,
                        user.id(),
                        false,
                        null,
                        null,
                        null,
                        0,
                        List.of()))
                .toList();
        List<ProgressReport> accepted = drafts.stream()
                .map(d -> d.importedBy(user.id(), now).stored(0, 1))
                .toList();
        List<Long> ids = reports.insertAll(accepted);
        List<Long> restating = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (imported.get(i).restatesText()) {
                restating.add(ids.get(i));
            }
        }
        reports.markRestatingText(restating);
        cycles.reportsChanged(
                cycle.label(),
                imported.stream().map(r -> r.measure().id()).distinct().toList());
        List<AuditTrail.Entry> events = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            events.add(new AuditTrail.Entry(
                    "report.import",
                    "progress_report",
                    id,
                    drafts.get(i).stored(id, 0),
                    accepted.get(i).stored(id, 1)));
        }
        audit.recordAll(user.username(), events);
        return ledger.applyAcceptedReports(
                user,
                imported.stream()
                        .map(r -> new LedgerImport.StatusChange(r.measure(), r.claimed()))
                        .toList());
    }
}
