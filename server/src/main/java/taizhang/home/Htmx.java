package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/** How a handler tells an htmx request (wants a fragment) from a full page load. */
public final class Htmx {

    private Htmx() {}

    /** True for htmx requests other than history restores, which need the whole page. */
    public static boolean isRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The page template, or the fragment for htmx. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isRequest(request) ? fragment : page;
    }

    /**
     * After a change made from a page: the page again (htmx is told to load it, a plain form is
     * redirected), with the message kept for it as the flash attributes {@code message} and
     * {@code messageAt}, the part of the page it belongs beside.
     */
    public static ResponseEntity<Void> reload(
            HttpServletRequest request, HttpServletResponse response, String page, String message, String at) {
        keep(request, response, page, message, at);
        return redirect(request, page);
    }

    /**
     * As {@link #reload}, for a refusal: the message drawn as one (flash attribute {@code
     * messageError}), and the address ending in {@code #at}, so that the browser brings the part (the
     * element of that id) into view: the refused form may be far down a long page.
     */
    public static ResponseEntity<Void> reloadRefused(
            HttpServletRequest request, HttpServletResponse response, String page, String message, String at) {
        RequestContextUtils.getOutputFlashMap(request).put("messageError", true);
        keep(request, response, page, message, at);
        return redirect(request, page + "#" + at);
    }

    private static void keep(
            HttpServletRequest request, HttpServletResponse response, String page, String message, String at) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("message", message);
        flash.put("messageAt", at);
        RequestContextUtils.saveOutputFlashMap(page, request, response);
    }

    /** The page again after a change: htmx is told to load it, a plain form is redirected to it. */
    public static ResponseEntity<Void> redirect(HttpServletRequest request, String page) {
        return isRequest(request)
                ? ResponseEntity.noContent().header("HX-Redirect", page).build()
                : ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create(page))
                        .build();
    }
}
