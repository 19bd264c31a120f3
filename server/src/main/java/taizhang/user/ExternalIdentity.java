package taizhang.user;

import java.util.Set;
import taizhang.shared.Role;

/**
 * Who the body's identity system says signed in, already mapped by the configuration: the
 * user name, a display name, and the roles and organisation (by name) its claims or groups map
 * to. A null {@code roles} or {@code organisation} means the configuration maps none: the user
 * keeps what the administrator gave it.
 *
 * @param via the identity system: {@code oidc}, {@code cas} or {@code ldap}
 */
public record ExternalIdentity(String via, String username, String displayName, Set<Role> roles, String organisation) {

    public ExternalIdentity {
        roles = roles == null ? null : Set.copyOf(roles);
    }
}
