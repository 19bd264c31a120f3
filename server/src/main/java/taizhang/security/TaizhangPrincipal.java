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
    private String passwordHash;

    private TaizhangPrincipal(UserService.Login login, boolean byToken) {
        this.user = login.user();
        this.passwordHash = login.passwordHash();
        this.enabled = login.enabled();
        this.securityStamp = login.securityStamp();
        this.credentialKey = login.credentialKey();
        this.mustChangePassword = login.mustChangePassword();
        this.byToken = byToken;
    }

    /** Signed in with the password form: kept in the session. */
    static TaizhangPrincipal bySession(UserService.Login login) {
        return new TaizhangPrincipal(login, false);
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
