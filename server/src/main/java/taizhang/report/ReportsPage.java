package taizhang.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import taizhang.ledger.Campaign;
import taizhang.ledger.LedgerQueries;
import taizhang.shared.Cycle;

/**
 * The reports page of one campaign: statistics (now, or as of a closed cycle or quarter among
 * {@code closedCycles}), links to the notice and the sheets, the
 * changes between two dates or two cycles when asked, the measures marked internal, and the
 * outcome of an upload (with its error sheet as a data link, so no server node has to keep it).
 * A change's message is the template's own ({@code message}, {@code messageAt}), shown beside its form.
 */
public record ReportsPage(
        List<Campaign> campaigns,
        Campaign campaign,
        boolean office,
        CompletionStatistics statistics,
        List<Cycle> closedCycles,
        LocalDate asOf,
        ChangeChoice choice,
        LedgerChanges changes,
        List<LedgerQueries.MeasureLabel> internal,
        SheetImportResult upload,
        String errorSheet) {

    /**
     * Rows of the page's by-problem table. A generated or merged campaign can hold hundreds of
     * thousands of problems; the statistics sheet (Excel) lists every one.
     */
    static final int PROBLEM_ROWS_SHOWN = 200;

    public boolean empty() {
        return campaign == null;
    }

    /** The Excel ledger's visible columns, in the sheet's order. */
    public String sheetColumns() {
        return String.join(
                "、",
                Arrays.stream(LedgerColumn.values())
                        .filter(c -> c != LedgerColumn.KEY)
                        .map(LedgerColumn::header)
                        .toList());
    }

    public String api() {
        return "/api/v1/campaigns/" + campaign.id();
    }

    public String changesDocx() {
        return changes.byCycles()
                ? choice.cycleDocx(api())
                : api() + "/changes.docx?from=" + changes.from() + "&to=" + changes.to();
    }

    /** The query string that asks a report for the statistics' cycle or past day, or nothing for the ledger now. */
    public String cycleQuery() {
        if (statistics.cycle() != null) {
            return "?cycle=" + statistics.cycle();
        }
        return statistics.asOf() == null ? "" : "?asOf=" + statistics.asOf();
    }

    public String period(String label) {
        return ChangesText.period(label);
    }

    public String excerpt(String body) {
        return ChangesText.excerpt(body);
    }

    public List<CompletionStatistics.ProblemRow> problemRowsShown() {
        List<CompletionStatistics.ProblemRow> rows = statistics.byProblem();
        return rows.size() <= PROBLEM_ROWS_SHOWN ? rows : rows.subList(0, PROBLEM_ROWS_SHOWN);
    }

    public int problemRowsNotShown() {
        return statistics.byProblem().size() - problemRowsShown().size();
    }

    public String problemLabel(CompletionStatistics.ProblemRow row) {
        return row.number() + "." + row.title();
    }
}
