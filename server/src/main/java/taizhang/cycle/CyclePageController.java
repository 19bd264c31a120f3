package taizhang.cycle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.MeasureType;
import taizhang.shared.CurrentUser;

/**
 * The office's 调度周期 page: each action reloads the page with its message beside what was acted
 * on (the open form, the cycle shown, or the unit's row).
 */
@Controller
class CyclePageController implements PageController {

    /** The open form's part of the page; a cycle's is {@code cycle-<period>}, a unit's row {@code unit-<id>}. */
    private static final String OPEN = "cycle-open";

    private final CyclePages pages;
    private final CycleService cycles;
    private final CycleReminders reminders;

    CyclePageController(CyclePages pages, CycleService cycles, CycleReminders reminders) {
        this.pages = pages;
        this.cycles = cycles;
        this.reminders = reminders;
    }

    @GetMapping("/cycles")
    String cycles(
            CurrentUser user,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) @Size(max = 10) String period,
            Model model) {
        model.addAttribute("page", pages.page(user, campaign, period));
        return "cycle/cycles";
    }

    @PostMapping("/cycles/open")
    ResponseEntity<Void> open(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(defaultValue = "false") boolean skipContinuing,
            HttpServletRequest request,
            HttpServletResponse response) {
        ReportingCycle opened = cycles.open(
                user, campaign, period, dueDate, Set.of(), skipContinuing ? Set.of(MeasureType.CONTINUING) : Set.of());
        return done(opened, "已开启" + opened.period().chinese() + "调度，截止 " + dueDate, OPEN, request, response);
    }

    @PostMapping("/cycles/close")
    ResponseEntity<Void> close(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            HttpServletRequest request,
            HttpServletResponse response) {
        ReportingCycle closed = cycles.close(user, campaign, period);
        return done(closed, "已关闭" + closed.period().chinese() + "调度，本期报告已锁定并留存台账快照", shown(closed), request, response);
    }

    @PostMapping("/cycles/reopen")
    ResponseEntity<Void> reopen(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            @RequestParam @Size(max = 1000) String reason,
            HttpServletRequest request,
            HttpServletResponse response) {
        ReportingCycle reopened = cycles.reopen(user, campaign, period, reason);
        return done(reopened, "已重新开启" + reopened.period().chinese() + "调度", shown(reopened), request, response);
    }

    @PostMapping("/cycles/remind")
    ResponseEntity<Void> remind(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            @RequestParam RemindTarget target,
            @RequestParam(required = false) Long orgId,
            HttpServletRequest request,
            HttpServletResponse response) {
        int sent = reminders.remind(user, campaign, period, target, orgId).size();
        ReportingCycle cycle = cycles.get(user, campaign, period);
        return done(
                cycle,
                sent == 0 ? "没有需要催报的单位" : "已向 " + sent + " 个单位发出催报",
                target == RemindTarget.UNIT && orgId != null ? "unit-" + orgId : shown(cycle),
                request,
                response);
    }

    /** The part of the page showing the cycle. */
    private static String shown(ReportingCycle cycle) {
        return "cycle-" + cycle.period().label();
    }

    /** The page of the cycle acted on, with the message at {@code at}. */
    private static ResponseEntity<Void> done(
            ReportingCycle cycle, String message, String at, HttpServletRequest request, HttpServletResponse response) {
        String page = "/cycles?campaign=" + cycle.campaignId() + "&period="
                + cycle.period().label();
        return Htmx.reload(request, response, page, message, at);
    }
}
