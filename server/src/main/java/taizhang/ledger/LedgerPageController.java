package taizhang.ledger;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/** The ledger page: one handler for the page and for its htmx-refreshed results. */
@Controller
class LedgerPageController implements PageController {

    private static final String MESSAGE = "message";

    /** The bulk form: selected rows as {@code id:version}, and the fields to set. */
    record BulkForm(
            List<String> ids,
            Long setLead,
            List<Long> setCoUnits,
            Boolean changeCoUnits,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate setDeadline,
            Boolean clearDeadline,
            MeasureType setType) {

        List<BulkAssignment.Target> targets() {
            return ids == null ? List.of() : ids.stream().map(BulkForm::target).toList();
        }

        BulkAssignment.Change change() {
            List<Long> coUnits =
                    Boolean.TRUE.equals(changeCoUnits) ? (setCoUnits == null ? List.of() : setCoUnits) : null;
            return new BulkAssignment.Change(
                    setLead, coUnits, setDeadline, Boolean.TRUE.equals(clearDeadline), setType);
        }

        private static BulkAssignment.Target target(String idAndVersion) {
            String[] parts = idAndVersion.split(":");
            try {
                return new BulkAssignment.Target(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidRequestException("ids", "所选措施的编号不合法");
            }
        }
    }

    private final LedgerPages pages;
    private final BulkAssignment bulk;

    LedgerPageController(LedgerPages pages, BulkAssignment bulk) {
        this.pages = pages;
        this.bulk = bulk;
    }

    /** The page, with the message a bulk assignment sent without JavaScript left for it. */
    @GetMapping("/ledger")
    String ledger(CurrentUser user, @ModelAttribute LedgerCriteria criteria, HttpServletRequest request, Model model) {
        LedgerPage page = pages.page(user, criteria);
        Object flashed = model.getAttribute(MESSAGE);
        model.addAttribute("page", flashed == null ? page : page.withMessage(flashed.toString()));
        return Htmx.view(request, "ledger/measures", "ledger/_results");
    }

    @PostMapping("/ledger/bulk")
    String bulkAssign(
            CurrentUser user,
            @ModelAttribute LedgerCriteria criteria,
            @ModelAttribute BulkForm form,
            @RequestParam(defaultValue = "/ledger") String back,
            HttpServletRequest request,
            RedirectAttributes flash,
            Model model) {
        String done = "已修改 " + bulk.apply(user, form.targets(), form.change()) + " 项措施";
        if (!Htmx.isRequest(request)) {
            // Without JavaScript the form posted itself: back to the ledger as it was filtered.
            flash.addFlashAttribute(MESSAGE, done);
            return "redirect:" + (back.startsWith("/ledger") && !back.startsWith("/ledger/") ? back : "/ledger");
        }
        model.addAttribute("page", pages.page(user, criteria).withMessage(done));
        return "ledger/_results";
    }
}
