package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.Campaign;

/**
 * The reports page of one campaign: statistics, links to the notice and the sheets, the
 * changes between two dates when asked, the measures marked internal, and the outcome of an
 * upload (with its error sheet as a data link, so no server node has to keep it).
 */
public record ReportsPage(List<Campaign> campaigns, Campaign campaign, boolean office, CompletionStatistics statistics,
        LocalDate asOf, LocalDate from, LocalDate to, LedgerChanges changes, List<Long> internal,
        SheetImportResult upload, String errorSheet, String message) {

    public boolean empty() {
        return campaign == null;
    }

    public String api() {
        return "/api/v1/campaigns/" + campaign.id();
    }

    public java.util.Map<String, List<String>> changeLines() {
        return changes == null ? java.util.Map.of() : ChangesText.sections(changes);
    }

    public String problemLabel(CompletionStatistics.ProblemRow row) {
        return row.number() + "." + row.title();
    }
}
