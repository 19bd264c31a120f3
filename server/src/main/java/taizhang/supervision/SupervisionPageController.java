package taizhang.supervision;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/** The 对口督导 page and one item's page, with their forms: record, correct, feed back, return. */
@Controller
class SupervisionPageController implements PageController {

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
            @RequestParam(required = false) @Size(max = 200) String message,
            Model model) {
        model.addAttribute("page", pages.supervision(user, campaign, unit, message));
        return "supervision/supervision";
    }

    @PostMapping("/supervision/items")
    String record(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam long unit,
            @RequestParam String method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
            @RequestParam(required = false) @Size(max = SupervisionItem.FINDINGS_MAX) String findings,
            @RequestParam(defaultValue = "false") boolean createMeasure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
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
        String message = "已记录督导事项 " + item.id() + (item.measureId() == null ? "" : "，督导发现已反馈为新措施 " + item.measureId());
        return redirect("/supervision/items/" + item.id(), message);
    }

    @GetMapping("/supervision/items/{id}")
    String item(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 200) String message,
            Model model) {
        model.addAttribute("page", pages.item(user, id, message));
        return "supervision/item";
    }

    @PostMapping("/supervision/items/{id}")
    String revise(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
            @RequestParam(required = false) @Size(max = SupervisionItem.FINDINGS_MAX) String findings) {
        items.revise(user, id, version, SupervisionMethod.parse(method), checkedOn, findings);
        return redirect("/supervision/items/" + id, "已保存修改");
    }

    @PostMapping("/supervision/items/{id}/measure")
    String feedBack(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        ItemView item = items.feedBack(user, id, deadline, null);
        return redirect("/supervision/items/" + id, "督导发现已反馈为新措施 " + item.measureId());
    }

    @PostMapping("/supervision/items/{id}/return")
    String sendBack(CurrentUser user, @PathVariable long id, @RequestParam long measure) {
        items.sendBack(user, id, measure);
        return redirect("/supervision/items/" + id, "已将措施 " + measure + " 退回整改");
    }

    static String redirect(String path, String message) {
        return "redirect:"
                + UriComponentsBuilder.fromUriString(path)
                        .queryParam("message", message)
                        .encode()
                        .build()
                        .toUriString();
    }
}
