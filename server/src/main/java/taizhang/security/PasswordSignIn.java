package taizhang.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's check: the local password where the settings allow it for this user (for
 * everyone, or for administrators only, as break-glass), then the directory's bind when one is
 * configured. A user disabled here stays out whatever the directory says.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final AuthenticationProvider local;
    private final DirectorySignIn directory;
    private final SsoSettings settings;

    /** @param directory null when no LDAP directory is configured */
    PasswordSignIn(AuthenticationProvider local, DirectorySignIn directory, SsoSettings settings) {
        this.local = local;
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication form) {
        AuthenticationException failure;
        try {
            Authentication signedIn = local.authenticate(form);
            if (signedIn.getPrincipal() instanceof TaizhangPrincipal user
                    && settings.localPasswordAllowed(user.user())) {
                return signedIn;
            }
            failure = new BadCredentialsException("local passwords are off for this user");
        } catch (DisabledException disabled) {
            throw disabled;
        } catch (AuthenticationException e) {
            failure = e;
        }
        if (directory == null) {
            throw failure;
        }
        return directory.authenticate(form, address(form));
    }

    static String address(Authentication form) {
        return form.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
