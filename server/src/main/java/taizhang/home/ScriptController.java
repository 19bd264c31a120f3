package taizhang.home;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 简/繁 switch: a plain link, so it works before sign-in and without script. */
@Controller
class ScriptController {

    @GetMapping("/script")
    String choose(
            @RequestParam(defaultValue = "hans") String to,
            @RequestParam(defaultValue = "/") String back,
            HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(
                        Script.COOKIE, Script.of(to).name().toLowerCase())
                .path("/")
                .maxAge(java.time.Duration.ofDays(365))
                .sameSite("Lax")
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
        return "redirect:" + localPath(back);
    }

    /**
     * Only paths on this site: an open redirect would let a link send people elsewhere. A line
     * break or other control character cannot stand in a Location header: the home page then.
     */
    static String localPath(String back) {
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return local && back.chars().noneMatch(Character::isISOControl) ? back : "/";
    }
}
