package taizhang.home;

import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout around every page shows: who is signed in and for which organisation, the
 * navigation, the script switch, and the CSRF token forms and htmx requests send.
 * {@code displayName} is null on the sign-in page; {@code here} is the path with its query;
 * {@code unread} counts the user's unread notices; {@code refused} is the refusal of a form posted
 * without JavaScript that names no part of the page to show it beside, shown at the top.
 */
public record Frame(
        String displayName,
        String organisation,
        List<NavItem> nav,
        String path,
        String here,
        Script script,
        CsrfToken csrf,
        int unread,
        String refused) {

    public boolean signedIn() {
        return displayName != null;
    }

    public boolean active(NavItem item) {
        return path.equals(item.href()) || path.startsWith(item.href() + "/");
    }

    /** The link that switches script and comes back to this page. */
    public String switchHref() {
        return "/script?to=" + script.other().name().toLowerCase() + "&back="
                + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The header htmx sends with every request, so POSTs pass the CSRF check. */
    public String htmxHeaders() {
        return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\":\"" + csrf.getToken() + "\"}";
    }
}
