package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/** Puts the {@link Frame} into the model of every workbench page. */
@ControllerAdvice(assignableTypes = PageController.class)
class FrameAdvice {

    /** The flash attribute of a refusal to show at the top of the page ({@link Frame#refused}). */
    static final String REFUSED = "refused";

    private final OrgService organisations;
    private final ObjectProvider<InboxCounter> inbox;

    FrameAdvice(OrgService organisations, ObjectProvider<InboxCounter> inbox) {
        this.organisations = organisations;
        this.inbox = inbox;
    }

    @ModelAttribute("frame")
    Frame frame(CurrentUser user, HttpServletRequest request, CsrfToken csrf) {
        String organisation =
                organisations.find(user.organisationId()).map(o -> o.name()).orElse("");
        return new Frame(
                user.displayName(),
                organisation,
                NavItem.forUser(user),
                request.getRequestURI(),
                here(request),
                Script.of(request),
                csrf,
                inbox.stream().mapToInt(counter -> counter.unread(user)).sum(),
                refused(request));
    }

    private static String refused(HttpServletRequest request) {
        Map<String, ?> flashed = RequestContextUtils.getInputFlashMap(request);
        return flashed != null && flashed.get(REFUSED) instanceof String message ? message : null;
    }

    static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
