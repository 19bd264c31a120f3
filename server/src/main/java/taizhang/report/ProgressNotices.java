package taizhang.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.cycle.AsOfCycle;
import taizhang.cycle.CycleSnapshots;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Section;
import taizhang.org.OrgService;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.report.ProgressNotice.NoticeProblem;
import taizhang.report.ProgressNotice.NoticeSection;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.Dates;

/**
 * Puts the notice together from a {@link LedgerSource}: the ledger as it stood at the end of a day
 * (the measures that existed by then, each with the latest progress accepted by then, and the
 * statuses they had, from the audit trail), or as a closed cycle's snapshot holds it (季通报).
 */
@Service
public class ProgressNotices {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final CycleSnapshots snapshots;
    private final LedgerOnDay pastDays;
    private final Clock clock;

    ProgressNotices(
            ReportRepository reports,
            ReportAccess access,
            CampaignService campaigns,
            OrgService organisations,
            CycleSnapshots snapshots,
            LedgerOnDay pastDays,
            Clock clock) {
        this.reports = reports;
        this.access = access;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.snapshots = snapshots;
        this.pastDays = pastDays;
        this.clock = clock;
    }

    /**
     * The notice as of {@code asOf} (today when null): today's ledger, or for a past day the ledger as
     * it stood when that day ended ({@link AsOfLedger}), with its {@code basis}; the public version
     * without internal measures.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProgressNotice notice(CurrentUser user, long campaignId, LocalDate asOf, boolean publicVersion) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null || asOf.isAfter(today) ? today : asOf;
        String title = "关于" + readable.campaign().name() + "进展情况的通报";
        if (day.equals(today)) {
            return compose(user, readable, new LiveLedger(reports, readable.scope()), publicVersion, title, day, null);
        }
        AsOfLedger then = pastDays.of(readable, day);
        ProgressNotice notice = compose(user, readable, then, publicVersion, title, day, null);
        return notice.withBasis(AsOfBasis.of("本通报", day, notice.measures().total()));
    }

    /**
     * 季通报, or the notice of one month: the notice as the closed cycles of {@code period} left the
     * ledger ({@code 2026-Q4}: the closed quarterly cycle, else the latest closed month of it), read
     * from their snapshot, so it is the same whatever changed since.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProgressNotice asOfCycle(CurrentUser user, long campaignId, String period, boolean publicVersion) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        AsOfCycle asOf = snapshots.asOf(user, campaignId, period);
        LedgerSource source =
                new CycleLedger(snapshots, reports, asOf, readable.scope().whole() ? null : user.subtreePattern());
        String title = "关于" + readable.campaign().name() + asOf.asked().chinese() + "进展情况的通报";
        LocalDate day = LocalDate.ofInstant(asOf.closedAt(), clock.getZone());
        return compose(user, readable, source, publicVersion, title, day, asOf);
    }

    private ProgressNotice compose(
            CurrentUser user,
            ReportAccess.Readable readable,
            LedgerSource source,
            boolean publicVersion,
            String title,
            LocalDate day,
            AsOfCycle cycle) {
        long campaignId = readable.campaign().id();
        Map<Long, List<ProblemKey>> bySection = new LinkedHashMap<>();
        List<MeasureStatus> statuses = new ArrayList<>();
        Map<Long, List<MeasureStatus>> statusesByProblem = new HashMap<>();
        Map<Long, List<NoticeMeasure>> measuresByProblem = new HashMap<>();
        int number = Integer.MIN_VALUE;
        long id = Long.MIN_VALUE;
        List<ProblemKey> page;
        while (!(page = source.problemsAfter(number, id, LedgerLines.PROBLEMS_PER_PAGE)).isEmpty()) {
            for (ProblemKey p : page) {
                bySection
                        .computeIfAbsent(p.sectionId() == null ? 0L : p.sectionId(), k -> new ArrayList<>())
                        .add(p);
            }
            measures(source, page, publicVersion, measuresByProblem, statusesByProblem);
            number = page.get(page.size() - 1).number();
            id = page.get(page.size() - 1).id();
        }
        statusesByProblem.values().forEach(statuses::addAll);
        List<NoticeSection> sections = sections(
                user, campaignId, bySection, measuresByProblem, readable.scope().whole());
        List<CompletionStatistics.ProblemRow> rows = new ArrayList<>();
        statusesByProblem.forEach(
                (problem, list) -> rows.add(new CompletionStatistics.ProblemRow(problem, 0, "", tally(list))));
        bySection.values().stream()
                .flatMap(List::stream)
                .filter(p -> !statusesByProblem.containsKey(p.id()))
                .filter(p -> readable.scope().whole())
                .forEach(p -> rows.add(new CompletionStatistics.ProblemRow(p.id(), 0, "", Tally.measures(0, 0, 0))));
        String campaign = readable.campaign().name();
        String issuer = organisations
                .find(readable.campaign().ownerOrgId())
                .map(o -> o.name())
                .orElse("");
        String asOfText = Dates.written(day) + (cycle == null ? "" : "（" + cycle.description() + "）");
        Tally problems = CompletionStatistics.problemsOf(rows);
        Tally measures = tally(statuses);
        return new ProgressNotice(
                title,
                issuer,
                day,
                publicVersion,
                NoticeText.opening(campaign, asOfText, problems, measures),
                sections,
                cycle == null ? null : cycle.asked().label(),
                problems,
                measures,
                null,
                null);
    }

    private void measures(
            LedgerSource source,
            List<ProblemKey> problems,
            boolean publicVersion,
            Map<Long, List<NoticeMeasure>> measuresByProblem,
            Map<Long, List<MeasureStatus>> statusesByProblem) {
        List<LedgerSource.SourceMeasure> rows =
                source.measuresOf(problems.stream().map(ProblemKey::id).toList());
        List<Long> ids = rows.stream().map(LedgerSource.SourceMeasure::id).toList();
        Map<Long, List<ReportRepository.Figure>> figures = reports.figures(rows.stream()
                .filter(r -> r.progress() != null)
                .map(r -> r.progress().reportId())
                .toList());
        Set<Long> internal = publicVersion ? reports.internal(ids) : Set.of();
        for (LedgerSource.SourceMeasure r : rows) {
            statusesByProblem
                    .computeIfAbsent(r.problemId(), k -> new ArrayList<>())
                    .add(r.status());
            if (internal.contains(r.id())) {
                continue;
            }
            String official = NoticeText.afterLead(r.official(), r.title());
            ReportRepository.Progress latest = r.progress();
            // The import's copy of the measure's text is not progress, even once the office has rewritten the text.
            String progress = latest == null || latest.restatesText()
                    ? ""
                    : NoticeText.progress(official, latest.body(), r.title());
            List<String> extra = progress.isEmpty()
                    ? List.of()
                    : NoticeText.newFigures(progress, figures.getOrDefault(latest.reportId(), List.of()));
            String period = progress.isEmpty()
                    ? null
                    : Cycle.parse("period", latest.period()).chinese();
            List<NoticeMeasure> list = measuresByProblem.computeIfAbsent(r.problemId(), k -> new ArrayList<>());
            list.add(new NoticeMeasure(
                    r.id(), list.size() + 1, r.title(), r.status().name(), official, progress, period, extra, null));
        }
    }

    private List<NoticeSection> sections(
            CurrentUser user,
            long campaignId,
            Map<Long, List<ProblemKey>> bySection,
            Map<Long, List<NoticeMeasure>> measures,
            boolean whole) {
        List<NoticeSection> sections = new ArrayList<>();
        List<Section> known = new ArrayList<>(campaigns.sections(user, campaignId));
        known.sort(java.util.Comparator.comparingInt(Section::position));
        for (Section s : known) {
            List<NoticeProblem> problems = problems(bySection.getOrDefault(s.id(), List.of()), measures, whole);
            if (!problems.isEmpty()) {
                sections.add(new NoticeSection(s.label(), s.title(), problems));
            }
        }
        // Problems outside the report's sections (a supervision finding added later) after them.
        List<ProblemKey> loose = bySection.getOrDefault(0L, List.of());
        if (!loose.isEmpty()) {
            sections.add(new NoticeSection(null, null, problems(loose, measures, whole)));
        }
        return sections;
    }

    /** The problems to tell: every one for the campaign's office, only those with a measure for a unit. */
    private static List<NoticeProblem> problems(
            List<ProblemKey> keys, Map<Long, List<NoticeMeasure>> measures, boolean whole) {
        return keys.stream()
                .filter(p -> whole || measures.containsKey(p.id()))
                .map(p -> new NoticeProblem(p.number(), p.title(), measures.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static Tally tally(List<MeasureStatus> statuses) {
        Map<MeasureStatus, Long> byStatus = new EnumMap<>(MeasureStatus.class);
        statuses.forEach(s -> byStatus.merge(s, 1L, Long::sum));
        return Tally.measures(byStatus);
    }
}
