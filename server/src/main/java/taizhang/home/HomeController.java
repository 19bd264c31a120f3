package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.shared.CurrentUser;

/** Sign-in, and the landing page after it: the page of the user's main work ({@link NavItem#landing}). */
@Controller
class HomeController {

    @GetMapping("/login")
    String login(
            Model model,
            CsrfToken csrf,
            HttpServletRequest request,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout) {
        String message =
                error != null ? "用户名或密码错误" : locked != null ? "登录尝试过于频繁，请 15 分钟后再试" : logout != null ? "您已退出登录" : null;
        model.addAttribute(
                "frame",
                new Frame(
                        null,
                        null,
                        java.util.List.of(),
                        "/login",
                        FrameAdvice.here(request),
                        Script.of(request),
                        csrf,
                        0));
        model.addAttribute("message", message);
        model.addAttribute("error", error != null || locked != null);
        return "login";
    }

    @GetMapping("/")
    String home(CurrentUser user) {
        return "redirect:" + NavItem.landing(user).href();
    }
}
