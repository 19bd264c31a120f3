package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.shared.CurrentUser;

/** Sign-in, and the landing page after it: the page of the user's main work ({@link NavItem#landing}). */
@Controller
class HomeController {

    /** The body's identity system's button (OIDC and CAS send the browser there; LDAP uses the form). */
    private final String ssoButton;

    HomeController(
            @Value("${taizhang.sso.kind:none}") String ssoKind,
            @Value("${taizhang.sso.button-label:统一身份认证登录}") String ssoButtonLabel) {
        this.ssoButton = ssoKind.equalsIgnoreCase("oidc") || ssoKind.equalsIgnoreCase("cas") ? ssoButtonLabel : null;
    }

    @GetMapping("/login")
    String login(
            Model model,
            CsrfToken csrf,
            HttpServletRequest request,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String refused,
            @RequestParam(required = false) String ssoError,
            @RequestParam(required = false) String logout) {
        String message = error != null
                ? "用户名或密码错误"
                : locked != null
                        ? "登录尝试过于频繁，请 15 分钟后再试"
                        : refused != null
                                ? "统一身份认证已通过，但您在本系统没有可用的账户，请联系系统管理员"
                                : ssoError != null ? "统一身份认证登录未完成，请重试" : logout != null ? "您已退出登录" : null;
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
                        0,
                        null));
        model.addAttribute("message", message);
        model.addAttribute("error", error != null || locked != null || refused != null || ssoError != null);
        model.addAttribute("ssoButton", ssoButton);
        return "login";
    }

    @GetMapping("/")
    String home(CurrentUser user) {
        return "redirect:" + NavItem.landing(user).href();
    }
}
