package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;

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
}
