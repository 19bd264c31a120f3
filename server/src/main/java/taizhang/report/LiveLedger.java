package taizhang.report;

import java.util.List;
import java.util.Map;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.report.ReportRepository.StatusCount;

/** The ledger as it stands: its measures, their latest accepted progress, the counts now. A past day is {@link AsOfLedger}'s. */
record LiveLedger(ReportRepository reports, ReportScope scope) implements LedgerSource {

    @Override
    public List<StatusCount> countsByProblem() {
        return reports.countsByProblem(scope);
    }

    @Override
    public List<StatusCount> countsByLead() {
        return reports.countsByLead(scope);
    }

    @Override
    public long reopened() {
        return reports.reopened(scope);
    }

    @Override
    public List<ProblemKey> problemsAfter(int number, long id, int limit) {
        return reports.problemsAfter(scope.campaignId(), number, id, limit);
    }

    @Override
    public List<SourceMeasure> measuresOf(List<Long> problemIds) {
        List<Map<String, Object>> rows = reports.measuresOf(scope, problemIds);
        List<Long> ids =
                rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<Long, ReportRepository.Progress> progress = reports.latestAccepted(ids, null);
        return rows.stream()
                .map(r -> new SourceMeasure(
                        ((Number) r.get("id")).longValue(),
                        ((Number) r.get("problem_id")).longValue(),
                        (String) r.get("title"),
                        (String) r.get("body"),
                        MeasureStatus.valueOf((String) r.get("status")),
                        progress.get(((Number) r.get("id")).longValue())))
                .toList();
    }
}
