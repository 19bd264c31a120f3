package taizhang.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Problem;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.report.ReportRepository.StatusCount;
import taizhang.shared.CurrentUser;

/**
 * 完成情况统计 of a campaign. The dashboard's queries count finished against all; a notice
 * also needs 基本完成 apart, per problem and per unit, so the counts here are grouped by status:
 * two grouped reads over the dashboard's {@code measure_campaign_problem} and
 * {@code measure_campaign_lead} indexes.
 */
@Service
public class StatisticsService {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final CampaignService campaigns;
    private final OrgService organisations;

    StatisticsService(
            ReportRepository reports, ReportAccess access, CampaignService campaigns, OrgService organisations) {
        this.reports = reports;
        this.access = access;
        this.campaigns = campaigns;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public CompletionStatistics statistics(CurrentUser user, long campaignId) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        Map<Long, Tally> byProblem = tallies(reports.countsByProblem(readable.scope()));
        List<CompletionStatistics.ProblemRow> problemRows = new ArrayList<>();
        for (Problem p : campaigns.problems(user, campaignId)) {
            problemRows.add(new CompletionStatistics.ProblemRow(
                    p.id(), p.number(), p.title(), byProblem.getOrDefault(p.id(), Tally.measures(0, 0, 0))));
        }
        Map<Long, Tally> byLead = tallies(reports.countsByLead(readable.scope()));
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
                campaignId,
                readable.campaign().name(),
                CompletionStatistics.problemsOf(problemRows),
                measures,
                problemRows,
                unitRows,
                reports.reopened(readable.scope()));
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
