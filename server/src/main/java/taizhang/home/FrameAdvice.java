package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/** Puts the {@link Frame} into the model of every workbench page. */
@ControllerAdvice(assignableTypes = PageController.class)
class FrameAdvice {

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
                inbox.stream().mapToInt(counter -> counter.unread(user)).sum());
    }

    static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
