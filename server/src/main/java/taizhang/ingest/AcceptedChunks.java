package taizhang.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.LedgerImport;
import taizhang.ledger.LedgerImportSession;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.progress.ImportedReports;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;

/**
 * An accepted draft written into the ledger one chunk of items at a time, each chunk in four
 * steps: its new problems, its measures (new ones written with the text defects found in them,
 * matched ones read back), their progress texts, their figures. Between chunks it keeps only what later items refer to: the problems'
 * ids by key, and the last measure, whose figures may run on into the next chunk.
 */
final class AcceptedChunks {

    /** The ledger's writers an acceptance goes through. */
    record Writers(
            LedgerImport ledger,
            ProgressService progress,
            ImportedReports reports,
            IndicatorService indicators,
            AcceptedDefects defects) {}

    private final Writers writers;
    private final CurrentUser user;
    private final DraftHead head;
    private final long campaignId;
    private final List<Long> sectionIds;
    private final String period;
    private final LedgerImportSession session;
    private final Map<String, Long> problemIds = new HashMap<>();
    private final Map<String, Measure> lastMeasure = new HashMap<>();
    private int newMeasures;
    private int progressReports;
    private int readings;

    AcceptedChunks(
            Writers writers,
            CurrentUser user,
            DraftHead head,
            long campaignId,
            List<Long> sectionIds,
            String period,
            LedgerImportSession session) {
        this.writers = writers;
        this.user = user;
        this.head = head;
        this.campaignId = campaignId;
        this.sectionIds = sectionIds;
        this.period = period;
        this.session = session;
    }

    void write(List<DraftItem> chunk) {
        problems(chunk);
        Map<String, Measure> measures = measures(chunk);
        progressTexts(chunk, measures);
        figures(chunk, measures);
        keepLast(chunk, measures);
    }

    DraftAcceptance.Outcome finish() {
        session.finish();
        return new DraftAcceptance.Outcome(campaignId, session.newProblems(), newMeasures, progressReports, readings);
    }

    /** The chunk's new problems, written in one batch; matched ones keep their ledger ids. */
    private void problems(List<DraftItem> chunk) {
        List<DraftProblem> fresh = new ArrayList<>();
        for (DraftItem item : chunk) {
            if (item instanceof DraftItem.ProblemItem p) {
                if (p.problem().match() == null) {
                    fresh.add(p.problem());
                } else {
                    problemIds.put(p.key(), p.problem().match().id());
                }
            }
        }
        Iterator<Long> created = session.addProblems(fresh.stream()
                        .map(p -> new Problem(
                                0,
                                campaignId,
                                p.section() == null ? null : sectionIds.get(p.section()),
                                p.number(),
                                p.title(),
                                p.text(),
                                head.fileName() + "@" + p.start(),
                                0))
                        .toList())
                .iterator();
        fresh.forEach(p -> problemIds.put(p.key(), created.next()));
    }

    /**
     * The chunk's measures by key, as they stand before their texts are recorded: the matched ones
     * read back from the campaign, the new ones written in one batch.
     */
    private Map<String, Measure> measures(List<DraftItem> chunk) {
        List<DraftItem.MeasureItem> fresh = new ArrayList<>();
        List<Long> matched = new ArrayList<>();
        for (DraftItem item : chunk) {
            if (item instanceof DraftItem.MeasureItem m) {
                if (m.measure().match() == null) {
                    fresh.add(m);
                } else {
                    matched.add(m.measure().match().id());
                }
            }
        }
        Map<String, Measure> byKey = new HashMap<>(lastMeasure);
        Iterator<Measure> created = session.addMeasures(fresh.stream()
                        .map(m -> new LedgerImportSession.Placed(
                                problemIds.get(m.problemKey()),
                                m.measure().title(),
                                m.measure().text(),
                                assignment(m.measure())))
                        .toList())
                .iterator();
        List<Measure> written = new ArrayList<>(fresh.size());
        fresh.forEach(m -> {
            Measure measure = created.next();
            byKey.put(m.key(), measure);
            written.add(measure);
        });
        newMeasures += fresh.size();
        writers.defects().attach(written, head.script(), head.fileName());
        Map<Long, Measure> existing = writers.ledger().measuresOf(user, campaignId, matched);
        for (DraftItem item : chunk) {
            if (item instanceof DraftItem.MeasureItem m && m.measure().match() != null) {
                long id = m.measure().match().id();
                byKey.put(
                        m.key(),
                        Optional.ofNullable(existing.get(id)).orElseThrow(() -> NotFoundException.of("整改措施", id)));
            }
        }
        return byKey;
    }

    /**
     * Each measure's text as a progress report of the period; a text the measure's latest report
     * already says adds nothing, so importing a report again changes nothing.
     */
    private void progressTexts(List<DraftItem> chunk, Map<String, Measure> measures) {
        // Only matched measures can have reports already: the new ones were written just now.
        Map<Long, List<ProgressReport>> earlier = writers.progress()
                .forListedMeasures(chunk.stream()
                        .filter(i -> i instanceof DraftItem.MeasureItem m
                                && m.measure().match() != null)
                        .map(i -> ((DraftItem.MeasureItem) i).measure().match().id())
                        .toList());
        List<ImportedReports.Imported> texts = new ArrayList<>();
        for (DraftItem item : chunk) {
            if (item instanceof DraftItem.MeasureItem m) {
                Measure measure = measures.get(m.key());
                List<ProgressReport> before = earlier.getOrDefault(measure.id(), List.of());
                if (before.isEmpty() || !before.get(0).body().equals(m.measure().text())) {
                    texts.add(new ImportedReports.Imported(
                            measure,
                            m.measure().text(),
                            m.measure().status(),
                            m.measure().match() == null));
                }
            }
        }
        writers.reports().record(user, period, texts);
        progressReports += texts.size();
    }

    /** The figures of the chunk's readings (a reading's measure may be the last of the chunk before). */
    private void figures(List<DraftItem> chunk, Map<String, Measure> measures) {
        List<IndicatorService.ImportedFigure> figures = new ArrayList<>();
        for (DraftItem item : chunk) {
            if (item instanceof DraftItem.ReadingItem r && !r.reading().label().isBlank()) {
                DraftReading reading = r.reading();
                figures.add(new IndicatorService.ImportedFigure(
                        measures.get(r.measureKey()),
                        reading.label(),
                        reading.unit(),
                        reading.value(),
                        reading.target(),
                        reading.period(),
                        "导入：" + head.fileName() + "“" + reading.text() + "”"));
            }
        }
        readings += writers.indicators().recordImported(user, campaignId, figures);
    }

    /** The chunk's last measure, whose readings may continue at the head of the next chunk. */
    private void keepLast(List<DraftItem> chunk, Map<String, Measure> measures) {
        for (int i = chunk.size() - 1; i >= 0; i--) {
            String key = chunk.get(i).measureKey();
            if (key != null) {
                lastMeasure.clear();
                lastMeasure.put(key, measures.get(key));
                return;
            }
        }
    }

    private static MeasureService.Assignment assignment(DraftMeasure m) {
        return new MeasureService.Assignment(
                m.leadOrgId(),
                m.coUnitIds(),
                m.duty().leader(),
                m.duty().deadline(),
                m.duty().type() == null ? MeasureType.DEADLINE : m.duty().type());
    }
}
