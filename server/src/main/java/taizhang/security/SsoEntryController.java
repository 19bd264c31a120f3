package taizhang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import taizhang.shared.NotFoundException;

/** The sign-in page's "统一身份认证登录" button: on to the configured provider. */
@Controller
class SsoEntryController {

    private final SingleSignOn sso;

    SsoEntryController(SingleSignOn sso) {
        this.sso = sso;
    }

    @GetMapping(SingleSignOn.ENTRY)
    void enter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = sso.entry(request).orElseThrow(() -> new NotFoundException("未配置统一身份认证"));
        response.sendRedirect(target);
    }
}
