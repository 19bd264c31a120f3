package taizhang.workbench;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.ClosingChainService;
import taizhang.ledger.SubMeasureService;
import taizhang.shared.CurrentUser;

/**
 * The measure page's 分层建账 and 销号审批 panel: loaded into the page, it splits a measure and
 * takes each closing step. A refusal lands in the page's flash area; a step taken reloads the page.
 */
@Controller
class LayersController implements PageController {

    private final LayersPages pages;
    private final SubMeasureService subMeasures;
    private final ClosingChainService closing;

    LayersController(LayersPages pages, SubMeasureService subMeasures, ClosingChainService closing) {
        this.pages = pages;
        this.subMeasures = subMeasures;
        this.closing = closing;
    }

    @GetMapping("/measures/{id}/layers")
    String panel(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("panel", pages.panel(user, id));
        return "workbench/_layers";
    }

    /** The split form's rows ({@link SplitRows}): a row without a title is left out. */
    @PostMapping("/measures/{id}/split")
    ResponseEntity<Void> split(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request) {
        subMeasures.split(user, id, SplitRows.parse(form));
        return back(id, request);
    }

    @PostMapping("/measures/{id}/closing/ask")
    ResponseEntity<Void> ask(
            CurrentUser user, @PathVariable long id, @RequestParam int version, HttpServletRequest request) {
        closing.ask(user, id, version);
        return back(id, request);
    }

    @PostMapping("/measures/{id}/closing/{requestId}/approve")
    ResponseEntity<Void> approve(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam int version,
            HttpServletRequest request) {
        closing.approve(user, requestId, version);
        return back(id, request);
    }

    @PostMapping("/measures/{id}/closing/{requestId}/return")
    ResponseEntity<Void> sendBack(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam int version,
            @RequestParam String reason,
            HttpServletRequest request) {
        closing.sendBack(user, requestId, version, reason);
        return back(id, request);
    }

    private static ResponseEntity<Void> back(long id, HttpServletRequest request) {
        return Htmx.redirect(request, "/measures/" + id);
    }
}
