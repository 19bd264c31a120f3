package taizhang.home;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/** The login page and the landing page after it; the workbench pages hang off this later. */
@Controller
class HomeController {

    private final OrgService organisations;

    HomeController(OrgService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/login")
    String login(Model model, CsrfToken csrf, @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked, @RequestParam(required = false) String logout) {
        String message = error != null ? "用户名或密码错误"
                : locked != null ? "连续登录失败次数过多，账户已锁定 15 分钟"
                : logout != null ? "您已退出登录" : null;
        model.addAttribute("csrf", csrf);
        model.addAttribute("message", message);
        model.addAttribute("error", error != null || locked != null);
        return "login";
    }

    @GetMapping("/")
    String home(Model model, CurrentUser user, CsrfToken csrf) {
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisations.find(user.organisationId()).orElseThrow().name());
        model.addAttribute("csrf", csrf);
        return "home";
    }
}
