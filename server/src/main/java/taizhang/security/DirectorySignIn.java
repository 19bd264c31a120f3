package taizhang.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.AbstractLdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;
import taizhang.user.ExternalAccounts;
import taizhang.user.ExternalSignInRefused;

/**
 * LDAP or Active Directory sign-in with Spring Security LDAP: the sign-in form's name and
 * password are bound against the directory, and the user's entry and groups (group names, or
 * AD's memberOf) are mapped to a Taizhang user. The same search, with the active filter, tells
 * on each request whether the directory still has the user.
 */
final class DirectorySignIn implements DirectoryPresence {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySignIn.class);

    private final SsoSettings settings;
    private final ClaimMapping mapping;
    private final ExternalAccounts accounts;
    private final AbstractLdapAuthenticationProvider directory;
    private final FilterBasedLdapUserSearch presence;

    DirectorySignIn(SsoSettings settings, ExternalAccounts accounts) {
        this.settings = settings;
        this.mapping = new ClaimMapping(settings);
        this.accounts = accounts;
        SsoSettings.Ldap ldap = settings.ldap();
        String filter = ldap.activeFilter().isBlank()
                ? ldap.userSearchFilter()
                : "(&" + ldap.userSearchFilter() + ldap.activeFilter() + ")";
        DefaultSpringSecurityContextSource source = null;
        if (ldap.activeDirectoryDomain() == null || ldap.managerDn() != null) {
            source = new DefaultSpringSecurityContextSource(ldap.url());
            if (ldap.managerDn() != null) {
                source.setUserDn(ldap.managerDn());
                source.setPassword(ldap.managerPassword());
            }
            source.afterPropertiesSet();
        }
        this.presence = source == null ? null : new FilterBasedLdapUserSearch(ldap.userSearchBase(), filter, source);
        if (ldap.activeDirectoryDomain() != null) {
            var ad = new ActiveDirectoryLdapAuthenticationProvider(ldap.activeDirectoryDomain(), ldap.url());
            ad.setConvertSubErrorCodesToExceptions(true);
            this.directory = ad;
        } else {
            var bind = new BindAuthenticator(source);
            bind.setUserSearch(presence);
            var groups = new DefaultLdapAuthoritiesPopulator(source, ldap.groupSearchBase());
            groups.setGroupSearchFilter(ldap.groupSearchFilter());
            groups.setGroupRoleAttribute("cn");
            groups.setRolePrefix("");
            groups.setConvertToUpperCase(false);
            groups.setSearchSubtree(true);
            this.directory = new LdapAuthenticationProvider(bind, groups);
        }
        this.directory.setUserDetailsContextMapper(new EntryMapper());
    }

    /**
     * Binds the form's name and password; the user as Taizhang now has it, or the directory's
     * refusal (bad credentials) or Taizhang's ({@link SsoRefused}).
     */
    Authentication authenticate(Authentication form, String address) {
        var entry = (DirectoryUser) directory.authenticate(form).getPrincipal();
        Map<String, Object> attributes = new HashMap<>(entry.attributes);
        attributes.put(settings.rolesAttribute(), entry.groups);
        try {
            var login = accounts.signIn(
                    mapping.identity("ldap", entry.getUsername(), attributes),
                    settings.unknownUsers(),
                    settings.newUserOrganisation(),
                    address);
            var principal = TaizhangPrincipal.byIdentitySystem(login, "ldap", null);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (ExternalSignInRefused refused) {
            throw new SsoRefused(refused);
        }
    }

    @Override
    public boolean stillActive(TaizhangPrincipal principal) {
        if (!"ldap".equals(principal.via()) || presence == null) {
            return true;
        }
        try {
            presence.searchForUser(principal.getUsername());
            return true;
        } catch (UsernameNotFoundException gone) {
            return false;
        } catch (NamingException unreachable) {
            // The directory cannot say: the session goes on rather than everyone being signed out by a blip.
            LOG.warn("directory check for {} failed: {}", principal.getUsername(), unreachable.getMessage());
            return true;
        }
    }

    /** The attributes the mapping may read from the user's entry, and its groups' names. */
    private final class EntryMapper implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(
                DirContextOperations entry, String username, Collection<? extends GrantedAuthority> groups) {
            Map<String, Object> attributes = new HashMap<>();
            for (String name : List.of(
                    settings.usernameAttribute(), settings.displayNameAttribute(), settings.organisationAttribute())) {
                if (!name.isBlank() && entry.getStringAttribute(name) != null) {
                    attributes.put(name, entry.getStringAttribute(name));
                }
            }
            String name = settings.usernameAttribute().isBlank()
                    ? username
                    : (String) attributes.get(settings.usernameAttribute());
            return new DirectoryUser(
                    name == null ? username : name,
                    attributes,
                    groups.stream().map(GrantedAuthority::getAuthority).toList());
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter context) {
            throw new UnsupportedOperationException("Taizhang does not write to the directory");
        }
    }

    /** The directory's answer to a bind, before Taizhang maps it. */
    private record DirectoryUser(String username, Map<String, Object> attributes, List<String> groups)
            implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of();
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public String getUsername() {
            return username;
        }
    }
}
