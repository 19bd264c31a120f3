package taizhang.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import taizhang.evidence.EvidenceService;
import taizhang.evidence.MeasureClosing;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;

/** The review queue: accept, return with a reason, close with evidence. Each answers with the refreshed queue. */
@Controller
class ReviewController implements PageController {

    private final ReviewPages pages;
    private final ProgressService reports;
    private final MeasureClosing closing;

    ReviewController(ReviewPages pages, ProgressService reports, MeasureClosing closing) {
        this.pages = pages;
        this.reports = reports;
        this.closing = closing;
    }

    @GetMapping("/review")
    String review(CurrentUser user, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(user));
        return Htmx.view(request, "workbench/review", "workbench/_queue");
    }

    @PostMapping("/review/reports/{id}/accept")
    String accept(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            HttpServletRequest request,
            Model model) {
        reports.accept(user, id, version);
        return done(user, "已审核通过", "report-" + id, request, model);
    }

    @PostMapping("/review/reports/{id}/return")
    String sendBack(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam @Size(max = 1000) String reason,
            HttpServletRequest request,
            Model model) {
        reports.returnToUnit(user, id, version, reason);
        return done(user, "已退回，责任单位可立即看到退回理由", "report-" + id, request, model);
    }

    @PostMapping("/review/measures/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            Model model)
            throws IOException {
        EvidenceService.Upload upload =
                file == null ? null : new EvidenceService.Upload(file.getOriginalFilename(), file.getBytes());
        closing.close(user, id, version, upload);
        return done(user, "已销号", "measure-" + id, request, model);
    }

    /**
     * The card acted on, replaced by the message in its place, with the counts and (after an
     * accepted report, which may make its measure closable) the closable measures refreshed.
     */
    private String done(CurrentUser user, String message, String acted, HttpServletRequest request, Model model) {
        if (!Htmx.isRequest(request)) {
            return "redirect:/review";
        }
        model.addAttribute("page", pages.page(user).withMessage(message));
        model.addAttribute("acted", acted);
        model.addAttribute("refreshClosable", acted.startsWith("report-"));
        return "workbench/_reviewed";
    }
}
