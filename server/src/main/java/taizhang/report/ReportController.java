package taizhang.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** The reports of a campaign: statistics and the Excel ledger. */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class ReportController {

    private final StatisticsService statistics;
    private final LedgerExport export;

    ReportController(StatisticsService statistics, LedgerExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @GetMapping("/statistics")
    CompletionStatistics statistics(CurrentUser user, @PathVariable long id) {
        return statistics.statistics(user, id);
    }

    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> statisticsSheet(CurrentUser user, @PathVariable long id) {
        CompletionStatistics stats = statistics.statistics(user, id);
        return ResponseEntity.ok().headers(Download.xlsx(stats.campaignName() + "完成情况统计", "statistics-" + id).headers())
                .body(StatisticsSheet.write(stats));
    }

    /** The ledger as .xlsx, streamed to the client as it is read; access is checked before anything is sent. */
    @GetMapping("/ledger.xlsx")
    void ledgerSheet(CurrentUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
        String title = export.title(user, id);
        Download.xlsx(title, "ledger-" + id).headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        export.write(user, id, response.getOutputStream());
    }
}
