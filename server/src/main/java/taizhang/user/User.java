package taizhang.user;

import java.util.Set;
import taizhang.shared.Role;

/** A person (or API client) acting for one organisation with one or more roles. */
public record User(
        long id, String username, String displayName, long organisationId, Set<Role> roles, boolean enabled) {}
