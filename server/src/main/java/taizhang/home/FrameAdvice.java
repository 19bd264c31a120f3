package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/** Puts the {@link Frame} into the model of every workbench page. */
@ControllerAdvice(assignableTypes = PageController.class)
class FrameAdvice {

    private final OrgService organisations;

    FrameAdvice(OrgService organisations) {
        this.organisations = organisations;
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
                csrf);
    }

    static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
