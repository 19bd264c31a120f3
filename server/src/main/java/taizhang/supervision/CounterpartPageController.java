package taizhang.supervision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.util.List;
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
 * 对口督导安排: who supervises which unit; the office assigns, removes and forms 督导组, each change's
 * message shown beside the panel acted on.
 */
@Controller
class CounterpartPageController implements PageController {

    private static final String PAGE = "/supervision/assignments";

    private final SupervisionPages pages;
    private final CounterpartService counterparts;

    CounterpartPageController(SupervisionPages pages, CounterpartService counterparts) {
        this.pages = pages;
        this.counterparts = counterparts;
    }

    @GetMapping(PAGE)
    String page(CurrentUser user, Model model) {
        model.addAttribute("page", pages.assignments(user));
        return "supervision/assignments";
    }

    /** {@code supervisor} is "user-ID" or "group-ID", as the form's one list offers both. */
    @PostMapping(PAGE)
    ResponseEntity<Void> assign(
            CurrentUser user,
            @RequestParam long unit,
            @RequestParam String supervisor,
            HttpServletRequest request,
            HttpServletResponse response) {
        Long userId = supervisor.startsWith("user-") ? id(supervisor) : null;
        Long groupId = supervisor.startsWith("group-") ? id(supervisor) : null;
        AssignmentView made = counterparts.assign(user, unit, userId, groupId);
        return Htmx.reload(
                request, response, PAGE, "已指定 " + made.supervisor() + " 为 " + made.unitName() + " 的对口督导", "assign");
    }

    @PostMapping(PAGE + "/{id}/remove")
    ResponseEntity<Void> unassign(
            CurrentUser user, @PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        counterparts.unassign(user, id);
        return Htmx.reload(request, response, PAGE, "已取消对口督导安排", "assignments");
    }

    @PostMapping("/supervision/groups")
    ResponseEntity<Void> createGroup(
            CurrentUser user,
            @RequestParam @Size(max = 200) String name,
            @RequestParam(required = false) @Size(max = 100) String leader,
            @RequestParam(required = false) List<Long> members,
            HttpServletRequest request,
            HttpServletResponse response) {
        SupervisionGroup group = counterparts.createGroup(user, name, leader, members);
        return Htmx.reload(request, response, PAGE, "已成立 " + group.name(), "groups");
    }

    private static Long id(String choice) {
        try {
            return Long.parseLong(choice.substring(choice.indexOf('-') + 1));
        } catch (NumberFormatException e) {
            throw new taizhang.shared.InvalidRequestException("supervisor", "请选择督导人员或督导组");
        }
    }
}
