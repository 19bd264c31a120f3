package taizhang.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import taizhang.cycle.CycleSnapshots;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.LongJobs;

/**
 * 通报与台账: the office's page for the notice, statistics (now, or as of a closed month or quarter:
 * 季通报), changes and the Excel ledger. Changes
 * asked for wrongly (a malformed or unknown cycle, dates or cycles the wrong way round) are
 * refused with their reason beside the form, on the page itself, answered 400. The import's
 * outcome and the 内部事项 mark's message stand beside their forms ({@code messageAt}).
 */
@Controller
class ReportPageController implements PageController {

    private static final String IMPORT = "import";

    private final CampaignService campaigns;
    private final StatisticsService statistics;
    private final ChangeService changes;
    private final ProgressNotices notices;
    private final InternalMarks internal;
    private final SheetImport sheets;
    private final ReportAccess access;
    private final CycleSnapshots snapshots;
    private final Clock clock;
    private final LongJobs jobs;

    ReportPageController(
            CampaignService campaigns,
            StatisticsService statistics,
            ChangeService changes,
            ProgressNotices notices,
            InternalMarks internal,
            SheetImport sheets,
            ReportAccess access,
            CycleSnapshots snapshots,
            Clock clock,
            LongJobs jobs) {
        this.campaigns = campaigns;
        this.statistics = statistics;
        this.changes = changes;
        this.notices = notices;
        this.internal = internal;
        this.sheets = sheets;
        this.access = access;
        this.snapshots = snapshots;
        this.clock = clock;
        this.jobs = jobs;
    }

    @GetMapping("/reports")
    String reports(
            CurrentUser user,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String fromCycle,
            @RequestParam(required = false) String toCycle,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statsAsOf,
            Model model,
            HttpServletResponse response) {
        ReportsPage page = page(
                user,
                campaign,
                new ChangeRequest(from, to, fromCycle, toCycle),
                cycle == null || cycle.isBlank() ? statsAsOf : null,
                cycle,
                null,
                null);
        if (page.choice() != null && page.choice().error() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("page", page);
        return "report/reports";
    }

    /** The notice as a page of its own, laid out like the printed one; as of a day, or of a month's or quarter's closed cycles. */
    @GetMapping("/reports/notice")
    String notice(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            @RequestParam(name = "public", defaultValue = "false") boolean open,
            Model model) {
        model.addAttribute(
                "notice",
                cycle == null || cycle.isBlank()
                        ? notices.notice(user, campaign, asOf, open)
                        : notices.asOfCycle(user, campaign, cycle, open));
        return "report/notice";
    }

    /**
     * A plain form, not htmx: the upload shows its own busy message and its outcome is the whole
     * page again (the statistics changed), with the message and the result beside the form.
     */
    @PostMapping("/reports/import")
    String importSheet(
            CurrentUser user, @RequestParam long campaign, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        SheetImportResult result;
        try {
            result = ReportController.importUpload(jobs, sheets, user, campaign, file);
        } catch (SheetRejectedException e) {
            model.addAttribute("page", page(user, campaign, ChangeRequest.NONE, null, null, null, null));
            return imported(model, e.getMessage());
        }
        String errorSheet = result.written()
                ? null
                : "data:" + Download.XLSX + ";base64,"
                        + Base64.getEncoder().encodeToString(ErrorSheet.write(result.errors()));
        String message = result.written()
                ? "已导入表格：更新 " + result.updatedMeasures() + " 项措施，新增 " + result.newMeasures() + " 项"
                : "表格中有 " + result.errorCount() + " 处错误，未导入任何数据";
        model.addAttribute("page", page(user, campaign, ChangeRequest.NONE, null, null, result, errorSheet));
        return imported(model, message);
    }

    private static String imported(Model model, String message) {
        model.addAttribute("message", message);
        model.addAttribute("messageAt", IMPORT);
        return "report/reports";
    }

    @PostMapping("/reports/internal")
    ResponseEntity<Void> markInternal(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 40) String measure,
            @RequestParam(defaultValue = "false") boolean internal,
            HttpServletRequest request,
            HttpServletResponse response) {
        String code = this.internal.mark(user, campaign, measure, internal).code();
        String message = internal ? "已将措施 " + code + " 标为内部事项，公开版不含" : "措施 " + code + " 不再是内部事项，公开版含该措施";
        return Htmx.reload(request, response, "/reports?campaign=" + campaign, message, "notice-panel");
    }

    private ReportsPage page(
            CurrentUser user,
            Long campaignId,
            ChangeRequest asked,
            LocalDate statsAsOf,
            String cycle,
            SheetImportResult upload,
            String errorSheet) {
        List<Campaign> visible = campaigns.visible(user);
        if (visible.isEmpty()) {
            return new ReportsPage(visible, null, false, null, List.of(), null, null, null, List.of(), null, null);
        }
        Campaign campaign = campaignId == null ? visible.get(0) : campaigns.get(user, campaignId);
        LocalDate today = LocalDate.now(clock);
        LedgerChanges found = null;
        String refused = null;
        try {
            found = asked.run(changes, user, campaign.id());
        } catch (InvalidRequestException e) {
            refused = e.getMessage();
        }
        ChangeChoice choice = ChangeChoice.of(asked, today, changes.cycles(user, campaign.id()), refused);
        return new ReportsPage(
                visible,
                campaign,
                office(user, campaign.id()),
                cycle != null && !cycle.isBlank()
                        ? statistics.asOfCycle(user, campaign.id(), cycle)
                        : statsAsOf == null
                                ? statistics.statistics(user, campaign.id())
                                : statistics.asOf(user, campaign.id(), statsAsOf),
                snapshots.closedChoices(user, campaign.id()),
                today,
                choice,
                found,
                internal.markedLabels(user, campaign.id()),
                upload,
                errorSheet);
    }

    private boolean office(CurrentUser user, long campaignId) {
        try {
            access.editable(user, campaignId);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }
}
