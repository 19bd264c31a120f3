package taizhang.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: the user, the organisation it acts for and that organisation's path, the
 * prefix of everything in its subtree. Kept in the session, hence serializable.
 */
public record CurrentUser(
        long id, String username, String displayName, long organisationId, String organisationPath, Set<Role> roles)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when an organisation with this path lies in the user's subtree. */
    public boolean covers(String path) {
        return path != null && path.startsWith(organisationPath);
    }

    /** The LIKE pattern selecting the user's subtree. */
    public String subtreePattern() {
        return organisationPath + "%";
    }
}
