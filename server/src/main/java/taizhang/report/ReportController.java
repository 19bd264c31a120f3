package taizhang.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import taizhang.home.Script;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.LongJobs;
import taizhang.shared.Problems;

/**
 * A campaign's reports: statistics, the progress notice, the changes between two dates or two
 * cycles, and the Excel ledger out and in. Downloads carry their type and a UTF-8 file name.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class ReportController {

    /** A cycle as the API offers it: its label ({@code 2024-Q3}) and its Chinese name. */
    record CycleOption(String period, String name) {}

    private final StatisticsService statistics;
    private final ProgressNotices notices;
    private final ChangeService changes;
    private final LedgerExport export;
    private final SheetImport sheets;
    private final InternalMarks internal;
    private final LongJobs jobs;

    ReportController(
            StatisticsService statistics,
            ProgressNotices notices,
            ChangeService changes,
            LedgerExport export,
            SheetImport sheets,
            InternalMarks internal,
            LongJobs jobs) {
        this.statistics = statistics;
        this.notices = notices;
        this.changes = changes;
        this.export = export;
        this.sheets = sheets;
        this.internal = internal;
        this.jobs = jobs;
    }

    /**
     * 完成情况统计: of the ledger now, or with {@code cycle} ({@code 2026-12}, {@code 2026-Q4}) as the
     * closed cycles of that month or quarter left it (季通报), read from their snapshot, or with
     * {@code asOf} as the ledger stood when that day ended (rebuilt from the audit trail); not both.
     */
    @GetMapping("/statistics")
    CompletionStatistics statistics(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return stats(user, id, cycle, asOf);
    }

    /** The statistics as an Excel workbook; {@code cycle} as for {@code /statistics}, {@code script} as for the notice. */
    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> statisticsSheet(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String script,
            HttpServletRequest request) {
        Script chosen = Script.forExport(script, request);
        CompletionStatistics stats = stats(user, id, cycle, asOf);
        String suffix = stats.cycle() != null ? "_" + stats.cycle() : stats.asOf() != null ? "_" + stats.asOf() : "";
        return ResponseEntity.ok()
                .headers(Download.xlsx(
                                chosen.display(stats.campaignName() + "完成情况统计" + suffix), "statistics-" + id + suffix)
                        .headers())
                .body(StatisticsSheet.write(stats, chosen::display));
    }

    /**
     * The notice as data; {@code public=true} leaves out the measures marked internal. As of the end
     * of {@code asOf} (default today), or with {@code cycle} ({@code 2026-Q4}: 季通报) as the closed
     * cycles of that month or quarter left the ledger; not both.
     */
    @GetMapping("/notice")
    ProgressNotice notice(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            @RequestParam(name = "public", defaultValue = "false") boolean open) {
        return noticeOf(user, id, asOf, cycle, open);
    }

    /** The notice as a Word document; parameters as for {@code /notice}. */
    /**
     * The notice as a Word document; parameters as for {@code /notice}, and {@code script}
     * ({@code hans} or {@code hant}, default the reader's page script) converting the whole document.
     */
    @GetMapping("/notice.docx")
    ResponseEntity<byte[]> noticeDocx(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            @RequestParam(name = "public", defaultValue = "false") boolean open,
            @RequestParam(required = false) String script,
            HttpServletRequest request) {
        Script chosen = Script.forExport(script, request);
        ProgressNotice notice = noticeOf(user, id, asOf, cycle, open);
        String stamp = notice.cycle() == null ? notice.asOf().toString() : notice.cycle();
        String name = chosen.display(notice.title() + (open ? "（公开版）" : "") + "_" + stamp);
        return ResponseEntity.ok()
                .headers(Download.docx(name, "notice-" + id + "-" + stamp).headers())
                .body(NoticeDocx.write(notice, chosen::display));
    }

    private CompletionStatistics stats(CurrentUser user, long id, String cycle, LocalDate asOf) {
        if (cycle == null) {
            return asOf == null ? statistics.statistics(user, id) : statistics.asOf(user, id, asOf);
        }
        if (asOf != null) {
            throw new InvalidRequestException("cycle", "统计按日期（asOf）或按调度周期（cycle）生成，只能选一种");
        }
        return statistics.asOfCycle(user, id, cycle);
    }

    private ProgressNotice noticeOf(CurrentUser user, long id, LocalDate asOf, String cycle, boolean open) {
        if (cycle == null) {
            return notices.notice(user, id, asOf, open);
        }
        if (asOf != null) {
            throw new InvalidRequestException("cycle", "通报按日期（asOf）或按调度周期（cycle）生成，只能选一种");
        }
        return notices.asOfCycle(user, id, cycle, open);
    }

    @GetMapping("/changes")
    LedgerChanges changes(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return changes.between(user, id, from, to);
    }

    @GetMapping("/changes.docx")
    ResponseEntity<byte[]> changesDocx(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String script,
            HttpServletRequest request) {
        Script chosen = Script.forExport(script, request);
        LedgerChanges found = changes.between(user, id, from, to);
        return ResponseEntity.ok()
                .headers(Download.docx(
                                found.campaignName() + "进展变化情况_" + from + "_" + to,
                                "changes-" + id + "-" + from + "-" + to)
                        .headers())
                .body(NoticeDocx.write(found, chosen::display));
    }

    /** The cycles the campaign's reports and readings are for, earliest first: what {@code cycle-changes} takes. */
    @GetMapping("/cycles")
    List<CycleOption> cycles(CurrentUser user, @PathVariable long id) {
        return changes.cycles(user, id).stream()
                .map(c -> new CycleOption(c.label(), c.chinese()))
                .toList();
    }

    /** The changes from the end of cycle {@code from} (e.g. {@code 2026-09}) to the end of the later cycle {@code to}. */
    @GetMapping("/cycle-changes")
    LedgerChanges cycleChanges(
            CurrentUser user, @PathVariable long id, @RequestParam String from, @RequestParam String to) {
        return changes.betweenCycles(user, id, from, to);
    }

    @GetMapping("/cycle-changes.docx")
    ResponseEntity<byte[]> cycleChangesDocx(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(required = false) String script,
            HttpServletRequest request) {
        Script chosen = Script.forExport(script, request);
        LedgerChanges found = changes.betweenCycles(user, id, from, to);
        return ResponseEntity.ok()
                .headers(Download.docx(
                                found.campaignName() + "进展变化情况_" + found.fromCycle() + "_" + found.toCycle(),
                                "changes-" + id + "-" + found.fromCycle() + "-" + found.toCycle())
                        .headers())
                .body(NoticeDocx.write(found, chosen::display));
    }

    /**
     * The ledger as .xlsx, streamed to the client as it is read; access is checked before anything is
     * sent. With {@code script} every text is converted; without, the ledger's text stays as stored
     * (the headings in Simplified), because a sheet sent back is read as edits of what it says.
     */
    @GetMapping("/ledger.xlsx")
    void ledgerSheet(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String script,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        UnaryOperator<String> chosen =
                script == null ? UnaryOperator.identity() : Script.forExport(script, request)::display;
        String title = chosen.apply(export.title(user, id));
        Download.xlsx(title, "ledger-" + id)
                .headers()
                .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        export.write(user, id, response.getOutputStream(), chosen);
    }

    /**
     * Imports an Excel ledger: rows keyed by this campaign's export update their measures, rows
     * without a key are new measures, and the answer counts both, the rows left unchanged and the
     * measures not in the sheet. With bad cells nothing is written and the answer is 422: problem
     * details listing the cells, or the error sheet itself when the client accepts .xlsx.
     */
    @PostMapping("/ledger.xlsx")
    ResponseEntity<?> importSheet(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Accept", defaultValue = "application/json") String accept)
            throws IOException {
        SheetImportResult result = importUpload(jobs, sheets, user, id, file);
        if (result.written()) {
            return ResponseEntity.ok(result);
        }
        if (accept.contains(Download.XLSX.toString())) {
            return ResponseEntity.unprocessableContent()
                    .headers(Download.xlsx("导入错误", "import-errors").headers())
                    .body(ErrorSheet.write(result.errors()));
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "sheet-errors",
                "表格有错误",
                "表格中有 " + result.errorCount() + " 处错误，未导入任何数据；请按错误清单修改后重新导入");
        problem.setProperty("errors", result.errors());
        problem.setProperty("errorCount", result.errorCount());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @GetMapping("/internal-measures")
    List<Long> internalMeasures(CurrentUser user, @PathVariable long id) {
        return internal.marked(user, id);
    }

    @PutMapping("/internal-measures/{measureId}")
    ResponseEntity<Void> markInternal(CurrentUser user, @PathVariable long id, @PathVariable long measureId) {
        internal.mark(user, id, measureId, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/internal-measures/{measureId}")
    ResponseEntity<Void> unmarkInternal(CurrentUser user, @PathVariable long id, @PathVariable long measureId) {
        internal.mark(user, id, measureId, false);
        return ResponseEntity.noContent().build();
    }

    /** The upload goes to a temporary file (read twice, never held in memory) that is removed afterwards. */
    /** On a long-job worker: a large sheet takes a while, and a user may import one at a time. */
    static SheetImportResult importUpload(
            LongJobs jobs, SheetImport sheets, CurrentUser user, long campaignId, MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw new SheetRejectedException("上传的文件是空的");
        }
        Path temp = Files.createTempFile("taizhang-sheet-", ".xlsx");
        try {
            file.transferTo(temp);
            return jobs.run(user, () -> sheets.importSheet(user, campaignId, temp));
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
