package taizhang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.WarningLevel;
import taizhang.report.ReportRepository.ProblemKey;

/**
 * Walks a campaign's ledger in ledger order (problem number, then measure ordinal) a page of
 * problems at a time, keyset by (number, id): memory holds one page, whatever the campaign's size.
 */
@Component
class LedgerLines {

    static final int PROBLEMS_PER_PAGE = 200;

    private final ReportRepository reports;

    LedgerLines(ReportRepository reports) {
        this.reports = reports;
    }

    void forEach(ReportScope scope, Consumer<LedgerLine> sink) {
        int number = Integer.MIN_VALUE;
        long id = Long.MIN_VALUE;
        List<ProblemKey> page;
        while (!(page = reports.problemsAfter(scope.campaignId(), number, id, PROBLEMS_PER_PAGE)).isEmpty()) {
            lines(scope, page).forEach(sink);
            ProblemKey last = page.get(page.size() - 1);
            number = last.number();
            id = last.id();
        }
    }

    private List<LedgerLine> lines(ReportScope scope, List<ProblemKey> problems) {
        Map<Long, ProblemKey> byId = problems.stream().collect(Collectors.toMap(ProblemKey::id, Function.identity()));
        List<Map<String, Object>> rows =
                reports.measuresOf(scope, problems.stream().map(ProblemKey::id).toList());
        List<Long> ids =
                rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<Long, List<String>> coUnits = reports.coUnitNames(ids);
        Map<Long, List<String>> evidence = reports.evidenceNames(ids);
        Map<Long, ReportRepository.Progress> progress = reports.latestAccepted(ids, null);
        List<LedgerLine> lines = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            long measureId = ((Number) r.get("id")).longValue();
            ProblemKey problem = byId.get(((Number) r.get("problem_id")).longValue());
            ReportRepository.Progress latest = progress.get(measureId);
            lines.add(new LedgerLine(
                    scope.campaignId(),
                    measureId,
                    ((Number) r.get("version")).intValue(),
                    problem.id(),
                    problem.number(),
                    problem.title(),
                    ((Number) r.get("ordinal")).intValue(),
                    (String) r.get("title"),
                    Measure.officialText((String) r.get("title"), (String) r.get("body")),
                    (String) r.get("lead_name"),
                    coUnits.getOrDefault(measureId, List.of()),
                    (String) r.get("responsible_leader"),
                    date(r.get("deadline")),
                    date(r.get("original_deadline")),
                    MeasureType.valueOf((String) r.get("type")),
                    latest == null ? null : latest.shownWith((String) r.get("body")),
                    MeasureStatus.valueOf((String) r.get("status")),
                    WarningLevel.valueOf((String) r.get("warning")),
                    evidence.getOrDefault(measureId, List.of())));
        }
        lines.sort(java.util.Comparator.comparing((LedgerLine l) -> l.problemNumber())
                .thenComparing(LedgerLine::problemId)
                .thenComparing(LedgerLine::ordinal)
                .thenComparing(LedgerLine::measureId));
        return lines;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
    }
}
