package taizhang.cycle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.MeasureType;
import taizhang.shared.CurrentUser;

/** The office's 调度周期 page: each action answers with the refreshed cycle panel, or a redirect. */
@Controller
class CyclePageController implements PageController {

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
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.page(user, campaign, period));
        return Htmx.view(request, "cycle/cycles", "cycle/_cycle");
    }

    @PostMapping("/cycles/open")
    String open(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(defaultValue = "false") boolean skipContinuing,
            HttpServletRequest request,
            Model model) {
        ReportingCycle opened = cycles.open(
                user, campaign, period, dueDate, Set.of(), skipContinuing ? Set.of(MeasureType.CONTINUING) : Set.of());
        return done(user, opened, "已开启" + opened.period().chinese() + "调度，截止 " + dueDate, request, model);
    }

    @PostMapping("/cycles/close")
    String close(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            HttpServletRequest request,
            Model model) {
        ReportingCycle closed = cycles.close(user, campaign, period);
        return done(user, closed, "已关闭" + closed.period().chinese() + "调度，本期报告已锁定并留存台账快照", request, model);
    }

    @PostMapping("/cycles/reopen")
    String reopen(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            @RequestParam @Size(max = 1000) String reason,
            HttpServletRequest request,
            Model model) {
        ReportingCycle reopened = cycles.reopen(user, campaign, period, reason);
        return done(user, reopened, "已重新开启" + reopened.period().chinese() + "调度", request, model);
    }

    @PostMapping("/cycles/remind")
    String remind(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam @Size(max = 10) String period,
            @RequestParam RemindTarget target,
            @RequestParam(required = false) Long orgId,
            HttpServletRequest request,
            Model model) {
        int sent = reminders.remind(user, campaign, period, target, orgId).size();
        return done(
                user,
                cycles.get(user, campaign, period),
                sent == 0 ? "没有需要催报的单位" : "已向 " + sent + " 个单位发出催报",
                request,
                model);
    }

    private String done(
            CurrentUser user, ReportingCycle cycle, String message, HttpServletRequest request, Model model) {
        if (!Htmx.isRequest(request)) {
            return "redirect:/cycles?campaign=" + cycle.campaignId() + "&period="
                    + cycle.period().label();
        }
        model.addAttribute(
                "page",
                pages.page(user, cycle.campaignId(), cycle.period().label()).withMessage(message));
        return "cycle/_cycle";
    }
}
