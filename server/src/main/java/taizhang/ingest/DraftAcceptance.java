package taizhang.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.CampaignService;
import taizhang.ledger.LedgerImport;
import taizhang.ledger.LedgerImportSession;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.ledger.Section;
import taizhang.progress.ImportedReports;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.NotFoundException;

/**
 * Writes an accepted draft into the ledger through the ledger's batch writers, which apply the
 * rules and leave the audit events of the one-by-one services: the campaign is checked once, the
 * problems, measures, progress texts and figures are written a batch each. Runs inside the
 * caller's transaction: all of it is written, or none.
 */
@Component
class DraftAcceptance {

    /** What acceptance wrote (and, for a later report, what it found already there). */
    record Outcome(long campaignId, int newProblems, int newMeasures, int progressReports, int readings) {}

    private final CampaignService campaigns;
    private final LedgerImport ledger;
    private final ProgressService progress;
    private final ImportedReports reports;
    private final IndicatorService indicators;
    private final AcceptedDefects defects;

    DraftAcceptance(
            CampaignService campaigns,
            LedgerImport ledger,
            ProgressService progress,
            ImportedReports reports,
            IndicatorService indicators,
            AcceptedDefects defects) {
        this.defects = defects;
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.progress = progress;
        this.reports = reports;
        this.indicators = indicators;
    }

    Outcome write(CurrentUser user, Draft draft) {
        long campaignId = draft.campaignId() != null
                ? draft.campaignId()
                : campaigns
                        .create(user, draft.campaignName(), draft.fileName(), null, draft.reportYear(), null, null)
                        .id();
        List<Long> sectionIds = sections(user, campaignId, draft);
        LedgerImportSession session = ledger.start(user, campaignId);
        List<Long> problemIds = problems(session, campaignId, draft, sectionIds);
        List<Measure> placed = measures(user, session, campaignId, draft, problemIds);
        defects.attach(draft, placed);

        // Only matched measures can have reports already: the new ones were written just now.
        Map<Long, List<ProgressReport>> earlier = progress.forListedMeasures(draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .filter(m -> m.match() != null)
                .map(m -> m.match().id())
                .toList());
        List<ImportedReports.Imported> texts = new ArrayList<>();
        List<IndicatorService.ImportedFigure> figures = new ArrayList<>();
        int i = 0;
        for (DraftProblem p : draft.problems()) {
            for (DraftMeasure m : p.measures()) {
                Measure measure = placed.get(i++);
                List<ProgressReport> before = earlier.getOrDefault(measure.id(), List.of());
                // A text the measure's latest report already says adds nothing: importing a report again changes
                // nothing.
                if (before.isEmpty() || !before.get(0).body().equals(m.text())) {
                    texts.add(new ImportedReports.Imported(measure, m.text(), m.status()));
                }
                m.readings().stream()
                        .filter(r -> !r.label().isBlank())
                        .map(r -> new IndicatorService.ImportedFigure(
                                measure.id(),
                                r.label(),
                                r.unit(),
                                r.value(),
                                r.target(),
                                r.period(),
                                "导入：" + draft.fileName() + "“" + r.text() + "”"))
                        .forEach(figures::add);
            }
        }
        reports.record(user, reportPeriod(draft), texts);
        int readings = indicators.recordImported(user, campaignId, figures);
        session.finish();
        int newMeasures = (int) draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .filter(m -> m.match() == null)
                .count();
        return new Outcome(campaignId, session.newProblems(), newMeasures, texts.size(), readings);
    }

    /** The draft's problems' ids in draft order: the matched ones', and the new ones written in one batch. */
    private static List<Long> problems(
            LedgerImportSession session, long campaignId, Draft draft, List<Long> sectionIds) {
        List<Problem> fresh = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            if (p.match() == null) {
                Long section = p.section() == null ? null : sectionIds.get(p.section());
                fresh.add(new Problem(
                        0,
                        campaignId,
                        section,
                        p.number(),
                        p.title(),
                        p.text(),
                        draft.fileName() + "@" + p.start(),
                        0));
            }
        }
        Iterator<Long> created = session.addProblems(fresh).iterator();
        return draft.problems().stream()
                .map(p -> p.match() != null ? p.match().id() : created.next())
                .toList();
    }

    /**
     * The draft's measures in draft order, as they stand before their texts are recorded: the
     * matched ones read back from the campaign, the new ones written in one batch.
     */
    private List<Measure> measures(
            CurrentUser user, LedgerImportSession session, long campaignId, Draft draft, List<Long> problemIds) {
        List<LedgerImportSession.Placed> fresh = new ArrayList<>();
        List<Long> matched = new ArrayList<>();
        for (int p = 0; p < draft.problems().size(); p++) {
            for (DraftMeasure m : draft.problems().get(p).measures()) {
                if (m.match() != null) {
                    matched.add(m.match().id());
                } else {
                    fresh.add(new LedgerImportSession.Placed(
                            problemIds.get(p),
                            m.title(),
                            m.text(),
                            new MeasureService.Assignment(
                                    m.leadOrgId(),
                                    m.coUnitIds(),
                                    m.duty().leader(),
                                    m.duty().deadline(),
                                    m.duty().type() == null
                                            ? MeasureType.DEADLINE
                                            : m.duty().type())));
                }
            }
        }
        Iterator<Measure> created = session.addMeasures(fresh).iterator();
        Map<Long, Measure> existing = ledger.measuresOf(user, campaignId, matched);
        List<Measure> all = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            for (DraftMeasure m : p.measures()) {
                all.add(
                        m.match() == null
                                ? created.next()
                                : Optional.ofNullable(existing.get(m.match().id()))
                                        .orElseThrow(() -> NotFoundException.of(
                                                "整改措施", m.match().id())));
            }
        }
        return all;
    }

    /** Sections of a new campaign are created; a later report reuses those with the same label and title. */
    private List<Long> sections(CurrentUser user, long campaignId, Draft draft) {
        List<Section> existing = campaigns.sections(user, campaignId);
        List<Long> ids = new ArrayList<>();
        for (Draft.DraftSection s : draft.sections()) {
            ids.add(existing.stream()
                    .filter(e -> e.label().equals(s.label()) && e.title().equals(s.title()))
                    .map(Section::id)
                    .findFirst()
                    .orElseGet(() -> campaigns
                            .addSection(user, campaignId, s.label(), s.title())
                            .id()));
        }
        return ids;
    }

    /**
     * The latest period the report's figures speak of (its targets' periods are plans, not
     * progress), else its year: the period of its progress text.
     */
    private static String reportPeriod(Draft draft) {
        return draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .flatMap(m -> m.readings().stream())
                .filter(r -> !r.target())
                .map(DraftReading::period)
                .max(Cycle.LABEL_ORDER)
                .orElse(String.valueOf(draft.reportYear()));
    }
}
