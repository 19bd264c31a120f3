package taizhang.notice;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 公开: the published notices for anyone, without signing in — a list per campaign and each notice's
 * public version as a page that needs no script, prints as the notice and has its figures as a table.
 * Cached by browsers and proxies for a while: a published notice never changes.
 */
@Controller
class PublicNoticeController {

    private final PublicNotices notices;

    PublicNoticeController(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping({"/public", "/public/"})
    String list(Model model, HttpServletResponse response) {
        cache(response, Duration.ofMinutes(1));
        model.addAttribute("campaigns", notices.campaigns());
        return "notice/public";
    }

    @GetMapping("/public/notices/{id}")
    String notice(@PathVariable long id, Model model, HttpServletResponse response) {
        return notices.document(id)
                .map(document -> {
                    cache(response, Duration.ofHours(1));
                    model.addAttribute("notice", document);
                    return "notice/publicNotice";
                })
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    return "notice/publicMissing";
                });
    }

    private static void cache(HttpServletResponse response, Duration age) {
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(age).cachePublic().getHeaderValue());
        // The script comes from a cookie (or ?script=): a shared cache keeps one copy per script.
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
    }
}
