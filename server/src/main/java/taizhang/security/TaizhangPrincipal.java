package taizhang.security;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import taizhang.shared.CurrentUser;
import taizhang.user.UserService;

/**
 * The authenticated user as Spring Security holds it; kept in the (database) session with the
 * security stamp and the key of the password it signed in with, which {@link SessionRightsFilter}
 * compares with the database on every request.
 */
final class TaizhangPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final CurrentUser user;
    private final boolean enabled;
    private final long securityStamp;
    private final String credentialKey;
    private final boolean mustChangePassword;
    private final boolean byToken;
    // Added after sessions were first stored: an older session reads them as null, a password sign-in.
    private final String via;
    private final String idToken;
    private String passwordHash;

    private TaizhangPrincipal(UserService.Login login, boolean byToken) {
        this(login, byToken, null, null);
    }

    private TaizhangPrincipal(UserService.Login login, boolean byToken, String via, String idToken) {
        this.user = login.user();
        this.passwordHash = login.passwordHash();
        this.enabled = login.enabled();
        this.securityStamp = login.securityStamp();
        this.credentialKey = login.credentialKey();
        this.mustChangePassword = login.mustChangePassword();
        this.byToken = byToken;
        this.via = via;
        this.idToken = idToken;
    }

    /** Signed in with the password form: kept in the session. */
    static TaizhangPrincipal bySession(UserService.Login login) {
        return new TaizhangPrincipal(login, false);
    }

    /**
     * Signed in through the body's identity system ({@code via}: oidc, cas, ldap): kept in the
     * session with the OIDC ID token, if any, which signing out hands back to the provider.
     */
    static TaizhangPrincipal byIdentitySystem(UserService.Login login, String via, String idToken) {
        TaizhangPrincipal principal = new TaizhangPrincipal(login, false, via, idToken);
        principal.eraseCredentials();
        return principal;
    }

    /** The same sign-in with the user as the database has it now. */
    TaizhangPrincipal renewedWith(UserService.Login login) {
        TaizhangPrincipal principal = new TaizhangPrincipal(login, byToken, via, idToken);
        principal.eraseCredentials();
        return principal;
    }

    /** Signed in by an API token for one request: read afresh from the database each time. */
    static TaizhangPrincipal byToken(UserService.Login login) {
        TaizhangPrincipal principal = new TaizhangPrincipal(login, true);
        principal.eraseCredentials();
        return principal;
    }

    CurrentUser user() {
        return user;
    }

    long securityStamp() {
        return securityStamp;
    }

    String credentialKey() {
        return credentialKey;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean byToken() {
        return byToken;
    }

    /** The identity system this session signed in through; null for the password form. */
    String via() {
        return via;
    }

    String idToken() {
        return idToken;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
