package taizhang.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import taizhang.evidence.EvidenceService;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.shared.CurrentUser;
import taizhang.shared.RequestValues;

/** 我的任务 and its progress form: save as draft or submit, with figures and a file. */
@Controller
class MyMeasuresController implements PageController {

    private static final String FIGURE = "figure-";

    private final MyPages pages;
    private final ReportingDesk desk;

    MyMeasuresController(MyPages pages, ReportingDesk desk) {
        this.pages = pages;
        this.desk = desk;
    }

    /** Only for those who report: a leader or administrator would see forms that can never be saved. */
    @GetMapping("/my")
    String my(CurrentUser user, @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (!MeasureRights.reportsProgress(user)) {
            return "redirect:/";
        }
        model.addAttribute("page", pages.page(user, page));
        return Htmx.view(request, "workbench/my", "workbench/_myList");
    }

    /**
     * The progress form; its figures come beside it as {@code figure-<indicator id>} fields. A
     * period's first report has no {@code reportId}; the period defaults to the current month (the
     * card offers an open cycle's period instead, which the server checks like any other); the
     * claim defaults to 推进中.
     */
    record ReportForm(
            Long reportId,
            Integer version,
            @Size(max = 10) String period,
            @Size(max = 20000) String body,
            MeasureStatus claimed,
            String action) {

        ReportForm {
            body = body == null ? "" : body.strip();
            claimed = claimed == null ? MeasureStatus.IN_PROGRESS : claimed;
        }

        boolean submit() {
            return "submit".equals(action);
        }
    }

    @PostMapping("/my/measures/{measureId}/report")
    String report(
            CurrentUser user,
            @PathVariable long measureId,
            @Valid @ModelAttribute ReportForm report,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            Model model)
            throws IOException {
        String period = report.period() == null || report.period().isBlank() ? pages.period() : report.period();
        desk.save(
                user,
                new ReportingDesk.Entry(
                        measureId,
                        period,
                        report.reportId(),
                        report.version(),
                        report.body(),
                        report.claimed(),
                        figures(form),
                        file == null ? null : new EvidenceService.Upload(file.getOriginalFilename(), file.getBytes()),
                        report.submit()));
        if (!Htmx.isRequest(request)) {
            return "redirect:/my";
        }
        model.addAttribute("page", pages.page(user, 0).withMessage(report.submit() ? "已提交，等待整改办审核" : "已保存草稿"));
        // The message is shown in the card the unit acted on.
        model.addAttribute("acted", measureId);
        return "workbench/_myList";
    }

    private static List<ProgressReport.Figure> figures(Map<String, String> form) {
        return form.entrySet().stream()
                .filter(e -> e.getKey().startsWith(FIGURE) && !e.getValue().isBlank())
                .map(e -> ReportingDesk.figure(indicatorId(e.getKey().substring(FIGURE.length())), e.getValue()))
                .toList();
    }

    private static long indicatorId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw RequestValues.mismatch("indicatorId", value, Long.class);
        }
    }
}
