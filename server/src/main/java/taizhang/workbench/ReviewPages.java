package taizhang.workbench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.evidence.EvidenceFile;
import taizhang.evidence.EvidenceService;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureView;
import taizhang.ledger.Move;
import taizhang.ledger.SubMeasureService;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Dates;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;
import taizhang.shared.SqlCondition;
import taizhang.workbench.ReviewPage.Closable;
import taizhang.workbench.ReviewPage.Pending;
import taizhang.workbench.ReviewQueueRepository.QueuedMeasure;

/** Builds the review queue of an office (or, read-only, of a supervisor: its own subtree's and its supervised units'). */
@Service
class ReviewPages {

    static final int LIMIT = 50;

    private final ReviewQueueRepository queue;
    private final ProgressService reports;
    private final MeasureService measures;
    private final IndicatorService indicators;
    private final EvidenceService evidence;
    private final CampaignService campaigns;
    private final SubMeasureService subMeasures;
    private final ReviewFilters filters;
    private final ZoneId zone;

    ReviewPages(
            ReviewQueueRepository queue,
            ProgressService reports,
            MeasureService measures,
            IndicatorService indicators,
            EvidenceService evidence,
            CampaignService campaigns,
            SubMeasureService subMeasures,
            ReviewFilters filters,
            Clock clock) {
        this.queue = queue;
        this.reports = reports;
        this.measures = measures;
        this.indicators = indicators;
        this.evidence = evidence;
        this.campaigns = campaigns;
        this.subMeasures = subMeasures;
        this.filters = filters;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    ReviewPage page(CurrentUser user, ReviewFilter filter) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN, Role.SUPERVISOR)) {
            throw new ForbiddenException("审核销号由整改办办理，督导可以查看");
        }
        List<Pending> pending = pending(user, filter);
        MeasureFilter done =
                new MeasureFilter(null, null, null, Set.of(MeasureStatus.DONE), Set.of(), Set.of(), null, null, null);
        List<MeasureView> doneMeasures = measures.list(user, done, MeasureSort.parse("updated"), 0, LIMIT, false)
                .items();
        Map<Long, List<EvidenceFile>> files = evidence.forListedMeasures(
                doneMeasures.stream().map(v -> v.measure().id()).toList());
        Map<Long, Set<Move>> moves = measures.moves(
                user, doneMeasures.stream().map(MeasureView::measure).toList());
        List<Closable> closable = doneMeasures.stream()
                .map(v -> new Closable(
                        v.measure().id(),
                        v.measure().version(),
                        v.problemNumber() + "-" + v.measure().ordinal(),
                        v.measure().title(),
                        v.leadName() == null ? "未分配" : v.leadName(),
                        files.getOrDefault(v.measure().id(), List.of()),
                        moves.get(v.measure().id()).contains(Move.CLOSE)))
                .toList();
        return new ReviewPage(
                pending,
                closable,
                user.hasAny(Role.OFFICE, Role.ADMIN),
                null,
                EvidenceService.ACCEPT,
                LIMIT,
                filters.of(user, filter));
    }

    /**
     * The queue with what each report's row shows, read for the whole queue at once: the queue
     * keeps to campaigns owned within the reviewer's subtree, and for a supervisor to the measures
     * of the units it supervises, so every measure in it is one the reader may see and needs no
     * check of its own. Oldest submission first.
     */
    private List<Pending> pending(CurrentUser user, ReviewFilter filter) {
        SqlCondition condition = filter.condition(
                filter.unit() == null ? null : queue.unitPath(filter.unit()).orElse(null));
        Set<Long> queued = new LinkedHashSet<>(queue.submitted(user.subtreePattern(), condition, LIMIT));
        queued.addAll(queue.submittedWithin(campaigns.supervisedUnits(user), condition, LIMIT));
        List<ProgressReport> submitted = reports.listed(List.copyOf(queued)).stream()
                .sorted(Comparator.comparing(ProgressReport::submittedAt).thenComparing(ProgressReport::id))
                .limit(LIMIT)
                .toList();
        Set<Long> measureIds =
                submitted.stream().map(ProgressReport::measureId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, QueuedMeasure> labels = queue.measures(measureIds);
        Map<Long, List<Indicator>> tracked = indicators.forListedMeasures(measureIds);
        Map<Long, List<EvidenceFile>> files = evidence.forListedMeasures(measureIds);
        Map<Long, String> campaignNames = queue.campaignNames(
                labels.values().stream().map(QueuedMeasure::campaignId).collect(Collectors.toSet()));
        Map<Long, String> units = filters.unitNames();
        return submitted.stream()
                .map(r -> pending(
                        r,
                        r.authorId() == user.id(),
                        labels.get(r.measureId()),
                        new Names(
                                campaignNames.get(labels.get(r.measureId()).campaignId()),
                                units.get(r.organisationId())),
                        tracked.getOrDefault(r.measureId(), List.of()),
                        files.getOrDefault(r.measureId(), List.of())))
                .toList();
    }

    /** How a row names the report's campaign and submitting unit. */
    private record Names(String campaign, String unit) {}

    private Pending pending(
            ProgressReport r,
            boolean ownReport,
            QueuedMeasure m,
            Names names,
            List<Indicator> tracked,
            List<EvidenceFile> measureFiles) {
        List<String> figures = r.figures().stream()
                .map(f -> tracked.stream()
                        .filter(i -> i.id() == f.indicatorId())
                        .findFirst()
                        .map(i -> i.name() + "：" + f.value().toPlainString() + " " + i.unit())
                        .orElse(f.value().toPlainString()))
                .toList();
        List<EvidenceFile> files = measureFiles.stream()
                .filter(f -> f.reportId() != null && f.reportId() == r.id())
                .toList();
        return new Pending(
                r.id(),
                r.version(),
                m.id(),
                m.code(),
                m.title(),
                names.campaign(),
                names.unit(),
                r.period(),
                r.claimedStatus().label(),
                r.body(),
                figures,
                Dates.minute(r.submittedAt(), zone),
                files,
                ownReport,
                // 分层建账: done over open sub-measures is accepted only with the office's reason.
                r.claimedStatus().isFinished()
                        && !subMeasures.rollUp(m.id()).open().isEmpty());
    }
}
