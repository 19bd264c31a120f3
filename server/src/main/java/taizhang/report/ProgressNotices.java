package taizhang.report;

import java.time.Clock;
import java.time.Instant;
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
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Section;
import taizhang.org.OrgService;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.report.ProgressNotice.NoticeProblem;
import taizhang.report.ProgressNotice.NoticeSection;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.shared.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the notice together from the ledger as it stood at the end of a day: the measures that
 * existed by then, each with the latest progress accepted by then, and the statuses they had
 * (from the audit trail) for the opening's figures.
 */
@Service
public class ProgressNotices {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final JsonMapper json;
    private final Clock clock;

    ProgressNotices(
            ReportRepository reports,
            ReportAccess access,
            CampaignService campaigns,
            OrgService organisations,
            JsonMapper json,
            Clock clock) {
        this.reports = reports;
        this.access = access;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.json = json;
        this.clock = clock;
    }

    /** The notice as of {@code asOf} (today when null); the public version without internal measures. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProgressNotice notice(CurrentUser user, long campaignId, LocalDate asOf, boolean publicVersion) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null || asOf.isAfter(today) ? today : asOf;
        Instant cutOff = day.equals(today)
                ? null
                : day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, List<ProblemKey>> bySection = new LinkedHashMap<>();
        List<MeasureStatus> statuses = new ArrayList<>();
        Map<Long, List<MeasureStatus>> statusesByProblem = new HashMap<>();
        Map<Long, List<NoticeMeasure>> measuresByProblem = new HashMap<>();
        int number = Integer.MIN_VALUE;
        long id = Long.MIN_VALUE;
        List<ProblemKey> page;
        while (!(page = reports.problemsAfter(campaignId, number, id, LedgerLines.PROBLEMS_PER_PAGE)).isEmpty()) {
            for (ProblemKey p : page) {
                bySection
                        .computeIfAbsent(p.sectionId() == null ? 0L : p.sectionId(), k -> new ArrayList<>())
                        .add(p);
            }
            measures(readable.scope(), page, cutOff, publicVersion, measuresByProblem, statusesByProblem);
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
        String opening = NoticeText.opening(
                campaign, NoticeText.date(day), CompletionStatistics.problemsOf(rows), tally(statuses));
        return new ProgressNotice("关于" + campaign + "进展情况的通报", issuer, day, publicVersion, opening, sections);
    }

    private void measures(
            ReportScope scope,
            List<ProblemKey> problems,
            Instant cutOff,
            boolean publicVersion,
            Map<Long, List<NoticeMeasure>> measuresByProblem,
            Map<Long, List<MeasureStatus>> statusesByProblem) {
        List<Map<String, Object>> rows =
                reports.measuresOf(scope, problems.stream().map(ProblemKey::id).toList());
        if (cutOff != null) {
            rows = rows.stream()
                    .filter(r -> createdBy(r.get("created_at"), cutOff))
                    .toList();
        }
        List<Long> ids =
                rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<Long, ReportRepository.Progress> progress = reports.latestAccepted(ids, cutOff);
        Map<Long, List<ReportRepository.Figure>> figures = reports.figures(progress.values().stream()
                .map(ReportRepository.Progress::reportId)
                .toList());
        Map<Long, String> states = cutOff == null ? Map.of() : reports.statesAt(ids, cutOff);
        Set<Long> internal = publicVersion ? reports.internal(ids) : Set.of();
        for (Map<String, Object> r : rows) {
            long measureId = ((Number) r.get("id")).longValue();
            long problemId = ((Number) r.get("problem_id")).longValue();
            statusesByProblem
                    .computeIfAbsent(problemId, k -> new ArrayList<>())
                    .add(status(states.get(measureId), (String) r.get("status")));
            if (internal.contains(measureId)) {
                continue;
            }
            String title = (String) r.get("title");
            ReportRepository.Progress latest = progress.get(measureId);
            String text = latest == null ? "" : NoticeText.afterLead(latest.body(), title);
            List<String> extra = latest == null
                    ? List.of()
                    : NoticeText.newFigures(text, figures.getOrDefault(latest.reportId(), List.of()));
            List<NoticeMeasure> list = measuresByProblem.computeIfAbsent(problemId, k -> new ArrayList<>());
            list.add(new NoticeMeasure(list.size() + 1, title, text, extra));
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
        List<ProblemKey> loose = bySection.getOrDefault(0L, List.of());
        if (!loose.isEmpty()) {
            sections.add(new NoticeSection(null, null, problems(loose, measures, whole)));
        }
        for (Section s : known) {
            List<NoticeProblem> problems = problems(bySection.getOrDefault(s.id(), List.of()), measures, whole);
            if (!problems.isEmpty()) {
                sections.add(new NoticeSection(s.label(), s.title(), problems));
            }
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

    private MeasureStatus status(String stateJson, String current) {
        if (stateJson == null) {
            return MeasureStatus.valueOf(current);
        }
        return MeasureStatus.valueOf(json.readTree(stateJson).get("status").asString());
    }

    private static boolean createdBy(Object createdAt, Instant cutOff) {
        Instant created = createdAt instanceof java.sql.Timestamp t
                ? t.toInstant()
                : createdAt instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
        return created == null || created.isBefore(cutOff);
    }

    private static Tally tally(List<MeasureStatus> statuses) {
        Map<MeasureStatus, Long> byStatus = new EnumMap<>(MeasureStatus.class);
        statuses.forEach(s -> byStatus.merge(s, 1L, Long::sum));
        return Tally.measures(byStatus);
    }
}
