package taizhang.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.report.ReportRepository.StatusCount;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger as it stands, or for the notice as it stood at {@code cutOff}: the measures that
 * existed by then, the latest progress accepted by then, and the statuses they had (from the audit
 * trail). Counts are always of now.
 */
record LiveLedger(ReportRepository reports, ReportScope scope, Instant cutOff, JsonMapper json)
        implements LedgerSource {

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
        if (cutOff != null) {
            rows = rows.stream().filter(r -> createdBy(r.get("created_at"))).toList();
        }
        List<Long> ids =
                rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<Long, ReportRepository.Progress> progress = reports.latestAccepted(ids, cutOff);
        Map<Long, String> states = cutOff == null ? Map.of() : reports.statesAt(ids, cutOff);
        return rows.stream()
                .map(r -> {
                    long id = ((Number) r.get("id")).longValue();
                    return new SourceMeasure(
                            id,
                            ((Number) r.get("problem_id")).longValue(),
                            (String) r.get("title"),
                            (String) r.get("body"),
                            status(states.get(id), (String) r.get("status")),
                            progress.get(id));
                })
                .toList();
    }

    private MeasureStatus status(String stateJson, String current) {
        if (stateJson == null) {
            return MeasureStatus.valueOf(current);
        }
        return MeasureStatus.valueOf(json.readTree(stateJson).get("status").asString());
    }

    private boolean createdBy(Object createdAt) {
        Instant created = createdAt instanceof java.sql.Timestamp t
                ? t.toInstant()
                : createdAt instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
        return created == null || created.isBefore(cutOff);
    }
}
