package taizhang.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.user.ExternalAccounts.UnknownUsers;

/**
 * The body's own sign-in ({@code taizhang.sso.*}; README "统一身份认证"). Unset, the kind is
 * {@code none} and sign-in is the local password form alone, as before.
 *
 * @param kind none, oidc, cas or ldap
 * @param localPasswords all: every user may also sign in with a local password; admin: only
 *     administrators may (break-glass), everyone else signs in through the identity system
 * @param unknownUsers create: a first sign-in creates the user, with no role unless mapped; refuse
 * @param newUserOrganisation the name of the organisation an unknown user is created in when its claims map it to none
 * @param usernameAttribute the claim or attribute holding the user name (empty: the provider's subject / principal)
 * @param displayNameAttribute the claim or attribute holding the person's name
 * @param rolesAttribute the claim or attribute listing the user's groups (LDAP: its group search)
 * @param roles group → roles; when set, a user's roles are those its groups map to, at every sign-in
 * @param organisationAttribute the claim or attribute naming the user's organisation
 * @param organisations its value → organisation name; when set, a mapped value moves the user there at sign-in
 */
@ConfigurationProperties("taizhang.sso")
record SsoSettings(
        @DefaultValue("none") Kind kind,
        @DefaultValue("all") LocalPasswords localPasswords,
        @DefaultValue("refuse") UnknownUsers unknownUsers,
        String newUserOrganisation,
        @DefaultValue("") String usernameAttribute,
        @DefaultValue("name") String displayNameAttribute,
        @DefaultValue("groups") String rolesAttribute,
        Map<String, Set<Role>> roles,
        @DefaultValue("") String organisationAttribute,
        Map<String, String> organisations,
        @DefaultValue Oidc oidc,
        @DefaultValue Cas cas,
        @DefaultValue Ldap ldap) {

    enum Kind {
        NONE,
        OIDC,
        CAS,
        LDAP
    }

    enum LocalPasswords {
        ALL,
        ADMIN
    }

    SsoSettings {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
    }

    /** @param issuer the provider's issuer URL, whose discovery document is read at start */
    record Oidc(
            String issuer,
            String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile"}) List<String> scopes) {}

    /**
     * @param serverUrl the CAS server's base URL ({@code https://cas.example.org/cas})
     * @param serviceUrl this server's ticket address as CAS sees it ({@code https://taizhang.example.org/login/cas})
     * @param protocol 2 or 3 (3 also carries attributes)
     */
    record Cas(
            String serverUrl,
            String serviceUrl,
            @DefaultValue("3") int protocol) {}

    /**
     * @param url the directory ({@code ldap://ldap.example.org:389/dc=example,dc=org})
     * @param userSearchFilter finds the user under userSearchBase; {0} is the name typed
     * @param activeFilter added to the search: a user it no longer matches (disabled) is out on its next request
     * @param groupSearchFilter finds the user's groups; {0} is its DN, {1} its name
     * @param activeDirectoryDomain set for Active Directory: bind as user@domain, groups from memberOf
     */
    record Ldap(
            String url,
            String managerDn,
            String managerPassword,
            @DefaultValue("") String userSearchBase,
            @DefaultValue("(uid={0})") String userSearchFilter,
            @DefaultValue("") String activeFilter,
            @DefaultValue("") String groupSearchBase,
            @DefaultValue("(member={0})") String groupSearchFilter,
            String activeDirectoryDomain) {}

    /** Whether this user may sign in with a local password. */
    boolean localPasswordAllowed(CurrentUser user) {
        return localPasswords == LocalPasswords.ALL || user.has(Role.ADMIN);
    }
}
