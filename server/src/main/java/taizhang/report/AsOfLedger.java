package taizhang.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.report.ReportRepository.StatusCount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger as it stood when a past day ended ({@code cutOff}, the start of the next day): the
 * measures created by then and in the ledger then, each with the status, lead unit, deadline and
 * wording it had ({@link MeasureThen}, from the audit trail) and the latest progress accepted by
 * then. Counts are of that ledger too, read through the same pages. The problems are those in the
 * ledger now that were created by then (a problem removed since is left out with its measures); the
 * scope of a unit's reader is its units' measures now.
 */
final class AsOfLedger implements LedgerSource {

    private static final int PROBLEMS_PER_PAGE = LedgerLines.PROBLEMS_PER_PAGE;

    private final ReportRepository reports;
    private final ReportScope scope;
    private final Instant cutOff;
    private final JsonMapper json;
    private final Map<Long, Long> problemOf = new HashMap<>();
    private List<MeasureThen> all;
    private Set<Long> laterProblems;

    AsOfLedger(ReportRepository reports, ReportScope scope, Instant cutOff, JsonMapper json) {
        this.reports = reports;
        this.scope = scope;
        this.cutOff = cutOff;
        this.json = json;
    }

    @Override
    public List<StatusCount> countsByProblem() {
        return counts(true);
    }

    @Override
    public List<StatusCount> countsByLead() {
        return counts(false);
    }

    @Override
    public long reopened() {
        return all().stream().filter(m -> m.reopened() > 0).count();
    }

    @Override
    public List<ProblemKey> problemsAfter(int number, long id, int limit) {
        if (laterProblems == null) {
            laterProblems = reports.problemsCreatedAfter(cutOff);
        }
        int fromNumber = number;
        long fromId = id;
        while (true) {
            List<ProblemKey> page = reports.problemsAfter(scope.campaignId(), fromNumber, fromId, limit);
            List<ProblemKey> then =
                    page.stream().filter(p -> !laterProblems.contains(p.id())).toList();
            // A page of problems all created later is passed over, not taken for the end.
            if (!then.isEmpty() || page.isEmpty()) {
                return then;
            }
            fromNumber = page.get(page.size() - 1).number();
            fromId = page.get(page.size() - 1).id();
        }
    }

    @Override
    public List<SourceMeasure> measuresOf(List<Long> problemIds) {
        List<MeasureThen> then = then(problemIds);
        Map<Long, ReportRepository.Progress> progress =
                reports.latestAccepted(then.stream().map(MeasureThen::id).toList(), cutOff);
        return then.stream()
                .map(m -> new SourceMeasure(
                        m.id(), problemOf.get(m.id()), m.title(), m.body(), m.status(), progress.get(m.id())))
                .toList();
    }

    /** The measures in the ledger then, overdue at the end of {@code day} by their status and deadline then. */
    List<MeasureThen> overdue(LocalDate day) {
        return all().stream()
                .filter(m -> taizhang.ledger.Overdue.is(m.status(), m.deadline(), day.plusDays(1)))
                .toList();
    }

    /** The measures of these problems as they stood, those not in the ledger then left out; leads by id. */
    List<MeasureThen> then(List<Long> problemIds) {
        List<Map<String, Object>> rows = reports.measuresWithRemovedOf(scope, problemIds).stream()
                .filter(r -> createdBefore(r.get("created_at")))
                .toList();
        List<Long> ids = rows.stream().map(r -> number(r.get("id"))).toList();
        Map<Long, List<Map<String, String>>> befores = new LinkedHashMap<>();
        for (ReportRepository.Change c : reports.changesAfter(ids, cutOff)) {
            befores.computeIfAbsent(c.measureId(), k -> new ArrayList<>()).add(fields(c.beforeJson()));
        }
        List<MeasureThen> then = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            long id = number(r.get("id"));
            problemOf.put(id, number(r.get("problem_id")));
            MeasureThen rebuilt = MeasureThen.rebuild(now(r), befores.getOrDefault(id, List.of()));
            if (rebuilt.live()) {
                then.add(rebuilt);
            }
        }
        Map<String, Long> named = reports.unitIds(then.stream()
                .map(MeasureThen::leadName)
                .filter(Objects::nonNull)
                .toList());
        return then.stream()
                .map(m -> m.leadName() == null ? m : m.withLead(named.get(m.leadName()), m.leadName()))
                .toList();
    }

    private List<MeasureThen> all() {
        if (all == null) {
            all = new ArrayList<>();
            int number = Integer.MIN_VALUE;
            long id = Long.MIN_VALUE;
            List<ProblemKey> page;
            while (!(page = problemsAfter(number, id, PROBLEMS_PER_PAGE)).isEmpty()) {
                all.addAll(then(page.stream().map(ProblemKey::id).toList()));
                number = page.get(page.size() - 1).number();
                id = page.get(page.size() - 1).id();
            }
        }
        return all;
    }

    private List<StatusCount> counts(boolean byProblem) {
        Map<Long, Map<MeasureStatus, Long>> grouped = new LinkedHashMap<>();
        for (MeasureThen m : all()) {
            long key = byProblem ? problemOf.get(m.id()) : m.lead() == null ? 0 : m.lead();
            grouped.computeIfAbsent(key, k -> new java.util.EnumMap<>(MeasureStatus.class))
                    .merge(m.status(), 1L, Long::sum);
        }
        List<StatusCount> counts = new ArrayList<>();
        grouped.forEach((key, byStatus) ->
                byStatus.forEach((status, count) -> counts.add(new StatusCount(key, status.name(), count))));
        return counts;
    }

    private static MeasureThen now(Map<String, Object> r) {
        Object deadline = r.get("deadline");
        return new MeasureThen(
                number(r.get("id")),
                r.get("removed_at") == null,
                MeasureStatus.valueOf((String) r.get("status")),
                r.get("lead_org_id") == null ? null : number(r.get("lead_org_id")),
                null,
                deadline instanceof java.sql.Date d ? d.toLocalDate() : deadline instanceof LocalDate l ? l : null,
                (String) r.get("title"),
                (String) r.get("body"),
                r.get("reopened") == null ? 0 : (int) number(r.get("reopened")));
    }

    /** The keys of an audited before as text; nested values (a removal) as their JSON, null as null. */
    private Map<String, String> fields(String before) {
        Map<String, String> fields = new HashMap<>();
        JsonNode node = json.readTree(before);
        for (var e : node.properties()) {
            JsonNode v = e.getValue();
            fields.put(e.getKey(), v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
        }
        return fields;
    }

    private boolean createdBefore(Object createdAt) {
        Instant created = createdAt instanceof java.sql.Timestamp t
                ? t.toInstant()
                : createdAt instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
        return created == null || created.isBefore(cutOff);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
