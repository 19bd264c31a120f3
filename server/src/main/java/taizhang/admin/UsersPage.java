package taizhang.admin;

import java.util.List;
import taizhang.org.Organisation;
import taizhang.shared.Role;

/**
 * 用户管理: the users of the administrator's subtree and the form that creates one. {@code issued}
 * is a password just generated (for a new user or a reset), shown this once; {@code message}
 * confirms the last action, {@code error} says why it was refused.
 */
public record UsersPage(
        List<Row> users,
        List<Organisation> organisations,
        List<Role> roles,
        Issued issued,
        String message,
        String error) {

    /** One user as listed: its organisation's name, and whether it still owes a password change. */
    public record Row(
            long id,
            String username,
            String displayName,
            String organisation,
            List<Role> roles,
            boolean enabled,
            boolean owesPasswordChange) {}

    /** A password the administrator hands on, once. */
    public record Issued(String username, String password) {}
}
