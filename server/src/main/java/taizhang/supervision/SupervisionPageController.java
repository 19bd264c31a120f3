package taizhang.supervision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/**
 * The 对口督导 page and one item's page, with their forms: record, correct, feed back, return. Each
 * change reloads the item's page with its message beside the part acted on ({@link Htmx#reload}).
 */
@Controller
class SupervisionPageController implements PageController {

    /** The item's details, where its linked measures are listed. */
    private static final String ITEM = "item";

    private final SupervisionPages pages;
    private final SupervisionService items;

    SupervisionPageController(SupervisionPages pages, SupervisionService items) {
        this.pages = pages;
        this.items = items;
    }

    @GetMapping("/supervision")
    String page(
            CurrentUser user,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long unit,
            Model model) {
        model.addAttribute("page", pages.supervision(user, campaign, unit));
        return "supervision/supervision";
    }

    @PostMapping("/supervision/items")
    ResponseEntity<Void> record(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam long unit,
            @RequestParam String method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
            @RequestParam(required = false) @Size(max = SupervisionItem.FINDINGS_MAX) String findings,
            @RequestParam(defaultValue = "false") boolean createMeasure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            HttpServletRequest request,
            HttpServletResponse response) {
        ItemView item = items.record(
                user,
                new NewItem(
                        campaign,
                        unit,
                        SupervisionMethod.parse(method),
                        checkedOn,
                        findings,
                        List.of(),
                        createMeasure,
                        deadline,
                        null,
                        null));
        String message = "已记录督导事项 " + item.id()
                + (item.measureId() == null ? "" : "，督导发现已反馈为新措施 " + pages.code(item.measureId()));
        return Htmx.reload(request, response, "/supervision/items/" + item.id(), message, ITEM);
    }

    @GetMapping("/supervision/items/{id}")
    String item(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("page", pages.item(user, id));
        return "supervision/item";
    }

    @PostMapping("/supervision/items/{id}")
    ResponseEntity<Void> revise(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
            @RequestParam(required = false) @Size(max = SupervisionItem.FINDINGS_MAX) String findings,
            HttpServletRequest request,
            HttpServletResponse response) {
        items.revise(user, id, version, SupervisionMethod.parse(method), checkedOn, findings);
        return Htmx.reload(request, response, "/supervision/items/" + id, "已保存修改", "revise");
    }

    @PostMapping("/supervision/items/{id}/measure")
    ResponseEntity<Void> feedBack(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            HttpServletRequest request,
            HttpServletResponse response) {
        ItemView item = items.feedBack(user, id, deadline, null);
        // The feedback form is gone once the finding is fed back: the message goes beside the item's measures.
        return Htmx.reload(
                request, response, "/supervision/items/" + id, "督导发现已反馈为新措施 " + pages.code(item.measureId()), ITEM);
    }

    @PostMapping("/supervision/items/{id}/return")
    ResponseEntity<Void> sendBack(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long measure,
            HttpServletRequest request,
            HttpServletResponse response) {
        items.sendBack(user, id, measure);
        return Htmx.reload(
                request, response, "/supervision/items/" + id, "已将措施 " + pages.code(measure) + " 退回整改", "feedback");
    }
}
