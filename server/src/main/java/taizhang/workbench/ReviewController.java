package taizhang.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import taizhang.evidence.EvidenceService;
import taizhang.evidence.MeasureClosing;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;

/**
 * The review queue, filtered by campaign, unit and period: accept (one, or several ticked at once),
 * return with a reason, close with evidence. Each answers with the refreshed queue, kept filtered:
 * every form carries the filters ({@code campaign}, {@code unit}, {@code period}).
 */
@Controller
class ReviewController implements PageController {

    private static final String MESSAGE = "message";

    private final ReviewPages pages;
    private final ProgressService reports;
    private final MeasureClosing closing;
    private final BatchAccept batch;

    ReviewController(ReviewPages pages, ProgressService reports, MeasureClosing closing, BatchAccept batch) {
        this.pages = pages;
        this.reports = reports;
        this.closing = closing;
        this.batch = batch;
    }

    @ModelAttribute
    ReviewFilter filter(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @Size(max = 10) String period) {
        return new ReviewFilter(campaign, unit, period);
    }

    /** The queue, with the message a form sent without JavaScript left for it. */
    @GetMapping("/review")
    String review(CurrentUser user, ReviewFilter filter, HttpServletRequest request, Model model) {
        ReviewPage page = pages.page(user, filter);
        Object flashed = model.getAttribute(MESSAGE);
        model.addAttribute("page", flashed == null ? page : page.withMessage(flashed.toString()));
        return Htmx.view(request, "workbench/review", "workbench/_queue");
    }

    /** {@code overrideReason}: 分层建账, to accept a report claiming done over open sub-measures. */
    @PostMapping("/review/reports/{id}/accept")
    String accept(
            CurrentUser user,
            ReviewFilter filter,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Size(max = 1000) String overrideReason,
            HttpServletRequest request,
            Model model) {
        reports.accept(user, id, version, overrideReason);
        return done(user, filter, "已审核通过", "report-" + id, request, model);
    }

    /**
     * 批量审核通过: the ticked reports ({@code ids}, each {@code id:version}), once confirmed. With
     * htmx the browser confirms and sends {@code confirmed}; a form posted without JavaScript gets a
     * page listing the ticked reports to confirm first.
     */
    @PostMapping("/review/batch")
    String acceptSeveral(
            CurrentUser user,
            ReviewFilter filter,
            @RequestParam(required = false) List<String> ids,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            RedirectAttributes flash,
            Model model) {
        List<BatchAccept.Target> targets = ids == null
                ? List.of()
                : ids.stream().map(BatchAccept.Target::parse).toList();
        if (!confirmed) {
            model.addAttribute("page", pages.page(user, filter));
            model.addAttribute(
                    "chosen", targets.stream().map(BatchAccept.Target::reportId).toList());
            model.addAttribute("ids", ids == null ? List.of() : ids);
            return "workbench/reviewConfirm";
        }
        String message = batch.accept(user, targets).message();
        if (!Htmx.isRequest(request)) {
            flash.addFlashAttribute(MESSAGE, message);
            return "redirect:" + filter.href();
        }
        model.addAttribute("page", pages.page(user, filter).withMessage(message));
        return "workbench/_queue";
    }

    @PostMapping("/review/reports/{id}/return")
    String sendBack(
            CurrentUser user,
            ReviewFilter filter,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam @Size(max = 1000) String reason,
            HttpServletRequest request,
            Model model) {
        reports.returnToUnit(user, id, version, reason);
        return done(user, filter, "已退回，责任单位可立即看到退回理由", "report-" + id, request, model);
    }

    @PostMapping("/review/measures/{id}/close")
    String close(
            CurrentUser user,
            ReviewFilter filter,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            Model model)
            throws IOException {
        EvidenceService.Upload upload =
                file == null ? null : new EvidenceService.Upload(file.getOriginalFilename(), file.getBytes());
        closing.close(user, id, version, upload);
        return done(user, filter, "已销号", "measure-" + id, request, model);
    }

    /**
     * The card acted on, replaced by the message in its place, with the counts and (after an
     * accepted report, which may make its measure closable) the closable measures refreshed.
     */
    private String done(
            CurrentUser user,
            ReviewFilter filter,
            String message,
            String acted,
            HttpServletRequest request,
            Model model) {
        if (!Htmx.isRequest(request)) {
            return "redirect:" + filter.href();
        }
        model.addAttribute("page", pages.page(user, filter).withMessage(message));
        model.addAttribute("acted", acted);
        model.addAttribute("refreshClosable", acted.startsWith("report-"));
        return "workbench/_reviewed";
    }
}
