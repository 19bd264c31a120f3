package taizhang.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.cycle.AsOfCycle;
import taizhang.cycle.CycleSnapshots;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureStatus;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.report.ReportRepository.StatusCount;
import taizhang.shared.CurrentUser;
import taizhang.shared.Dates;

/**
 * 完成情况统计 of a campaign. The dashboard's queries count finished against all; a notice
 * also needs 基本完成 apart, per problem and per unit, so the counts here are grouped by status:
 * two grouped reads over the dashboard's {@code measure_campaign_problem} and
 * {@code measure_campaign_lead} indexes; as of a closed cycle, the same counts over its snapshot.
 */
@Service
public class StatisticsService {

    /** Problems read a page at a time from a snapshot: a generated campaign can hold hundreds of thousands. */
    private static final int PROBLEMS_PER_READ = 5_000;

    private final ReportRepository reports;
    private final ReportAccess access;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final CycleSnapshots snapshots;
    private final LedgerOnDay pastDays;
    private final Clock clock;

    StatisticsService(
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

    @Transactional(readOnly = true)
    public CompletionStatistics statistics(CurrentUser user, long campaignId) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        List<ProblemKey> problems = campaigns.problems(user, campaignId).stream()
                .map(p -> new ProblemKey(p.id(), p.number(), p.title(), p.sectionId()))
                .toList();
        return statistics(readable, new LiveLedger(reports, readable.scope()), problems, null, null);
    }

    /**
     * The statistics as the ledger stood when {@code day} ended (today: as it stands), rebuilt from
     * the audit trail ({@link AsOfLedger}), with what could not be rebuilt said in {@code basis}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CompletionStatistics asOf(CurrentUser user, long campaignId, LocalDate day) {
        if (!day.isBefore(LocalDate.now(clock))) {
            return statistics(user, campaignId);
        }
        ReportAccess.Readable readable = access.readable(user, campaignId);
        AsOfLedger then = pastDays.of(readable, day);
        CompletionStatistics stats = statistics(readable, then, problemsOf(then), null, day);
        return stats.withBasis(AsOfBasis.of("本统计", day, stats.measures().total()));
    }

    /**
     * The statistics as the closed cycles of {@code period} left the ledger (a month, or a quarter
     * for 季通报: its closed quarterly cycle, else its latest closed month), from their snapshot.
     */
    @Transactional(readOnly = true)
    public CompletionStatistics asOfCycle(CurrentUser user, long campaignId, String period) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        AsOfCycle asOf = snapshots.asOf(user, campaignId, period);
        LedgerSource source =
                new CycleLedger(snapshots, reports, asOf, readable.scope().whole() ? null : user.subtreePattern());
        return statistics(readable, source, problemsOf(source), asOf, null);
    }

    /** The problems of the ledger the source reads, page by page. */
    private static List<ProblemKey> problemsOf(LedgerSource source) {
        List<ProblemKey> problems = new ArrayList<>();
        int number = Integer.MIN_VALUE;
        long id = Long.MIN_VALUE;
        List<ProblemKey> page;
        while (!(page = source.problemsAfter(number, id, PROBLEMS_PER_READ)).isEmpty()) {
            problems.addAll(page);
            number = page.get(page.size() - 1).number();
            id = page.get(page.size() - 1).id();
        }
        return problems;
    }

    private CompletionStatistics statistics(
            ReportAccess.Readable readable,
            LedgerSource source,
            List<ProblemKey> problems,
            AsOfCycle asOf,
            LocalDate day) {
        Map<Long, Tally> byProblem = tallies(source.countsByProblem());
        List<CompletionStatistics.ProblemRow> problemRows = new ArrayList<>();
        for (ProblemKey p : problems) {
            problemRows.add(new CompletionStatistics.ProblemRow(
                    p.id(), p.number(), p.title(), byProblem.getOrDefault(p.id(), Tally.measures(0, 0, 0))));
        }
        Map<Long, Tally> byLead = tallies(source.countsByLead());
        Map<Long, String> names = names(organisations.all());
        List<CompletionStatistics.UnitRow> unitRows = byLead.entrySet().stream()
                .map(e -> new CompletionStatistics.UnitRow(
                        e.getKey() == 0 ? "未分配" : names.getOrDefault(e.getKey(), "其他单位"), e.getValue()))
                .sorted(Comparator.comparing(
                                (CompletionStatistics.UnitRow r) -> r.measures().total())
                        .reversed()
                        .thenComparing(CompletionStatistics.UnitRow::unit))
                .toList();
        Tally measures = sum(byProblem.values());
        return new CompletionStatistics(
                readable.campaign().id(),
                readable.campaign().name(),
                CompletionStatistics.problemsOf(problemRows),
                measures,
                problemRows,
                unitRows,
                source.reopened(),
                asOf == null ? null : asOf.asked().label(),
                asOf != null
                        ? asOf.asked().chinese() + "（" + asOf.description() + "）"
                        : day == null ? null : "截至" + Dates.written(day),
                day,
                null);
    }

    static Map<Long, Tally> tallies(List<StatusCount> counts) {
        Map<Long, Map<MeasureStatus, Long>> byKey = new HashMap<>();
        for (StatusCount c : counts) {
            byKey.computeIfAbsent(c.key(), k -> new EnumMap<>(MeasureStatus.class))
                    .merge(MeasureStatus.valueOf(c.status()), c.count(), Long::sum);
        }
        Map<Long, Tally> tallies = new HashMap<>();
        byKey.forEach((key, byStatus) -> tallies.put(key, Tally.measures(byStatus)));
        return tallies;
    }

    static Tally sum(java.util.Collection<Tally> tallies) {
        return Tally.measures(
                tallies.stream().mapToLong(Tally::total).sum(),
                tallies.stream().mapToLong(Tally::completed).sum(),
                tallies.stream().mapToLong(Tally::substantiallyDone).sum());
    }

    /** The organisation names by id, for callers that resolve lead units. */
    static Map<Long, String> names(List<Organisation> organisations) {
        Map<Long, String> names = new HashMap<>();
        organisations.forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
