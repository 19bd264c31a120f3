package taizhang.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.shared.Role;
import taizhang.user.ExternalIdentity;

/**
 * What the identity system's claims (OIDC), attributes (CAS) or entry and groups (LDAP) mean
 * here, by the configuration: one home for the rules all three kinds share.
 */
final class ClaimMapping {

    private final SsoSettings settings;

    ClaimMapping(SsoSettings settings) {
        this.settings = settings;
    }

    /**
     * @param subject the provider's own name for the user, used when no user-name attribute is configured
     * @param attributes claim or attribute name → a value or a collection of values
     */
    ExternalIdentity identity(String via, String subject, Map<String, ?> attributes) {
        String username =
                settings.usernameAttribute().isBlank() ? subject : first(attributes.get(settings.usernameAttribute()));
        return new ExternalIdentity(
                via,
                username == null ? null : username.strip(),
                first(attributes.get(settings.displayNameAttribute())),
                roles(values(attributes.get(settings.rolesAttribute()))),
                organisation(attributes));
    }

    /** The roles the groups map to; null when no group is mapped at all, so roles stay the administrator's. */
    Set<Role> roles(List<String> groups) {
        if (settings.roles().isEmpty()) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            roles.addAll(settings.roles().getOrDefault(group, Set.of()));
        }
        return roles;
    }

    private String organisation(Map<String, ?> attributes) {
        if (settings.organisationAttribute().isBlank()
                || settings.organisations().isEmpty()) {
            return null;
        }
        String value = first(attributes.get(settings.organisationAttribute()));
        return value == null ? null : settings.organisations().get(value.strip());
    }

    static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        if (value instanceof Object[] many) {
            return values(List.of(many));
        }
        return List.of(value.toString());
    }

    private static String first(Object value) {
        List<String> values = values(value);
        return values.isEmpty() ? null : values.get(0);
    }
}
