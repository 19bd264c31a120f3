package taizhang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import taizhang.shared.CurrentUser;
import taizhang.user.UserService;

/**
 * A user changes their own password. The user's security stamp moves and the password's key
 * changes, so every other session of the user ends on its next request; the session that made
 * the change goes on under a new id with the new key.
 */
@Component
class PasswordChange {

    private final UserService users;

    PasswordChange(UserService users) {
        this.users = users;
    }

    CurrentUser change(
            CurrentUser user,
            String currentPassword,
            String newPassword,
            HttpServletRequest request,
            HttpServletResponse response) {
        UserService.Login changed = users.changePassword(user, currentPassword, newPassword, request.getRemoteAddr());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof TaizhangPrincipal signedIn
                && !signedIn.byToken()) {
            TaizhangPrincipal renewed = TaizhangPrincipal.bySession(changed);
            renewed.eraseCredentials();
            SessionRightsFilter.renew(renewed, request, response);
            request.changeSessionId();
        }
        return changed.user();
    }
}
