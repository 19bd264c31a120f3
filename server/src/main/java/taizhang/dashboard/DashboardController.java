package taizhang.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

@Controller
class DashboardController implements PageController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String dashboard(CurrentUser user, @RequestParam(required = false) Long campaign, Model model) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER, Role.SUPERVISOR)) {
            throw new ForbiddenException("统计总览供整改办、督导和领导使用");
        }
        DashboardCache.Snapshot snapshot = dashboards.snapshot(user, campaign);
        model.addAttribute("page", snapshot.dashboard());
        model.addAttribute("freshness", dashboards.freshness(snapshot));
        return "dashboard/dashboard";
    }
}
