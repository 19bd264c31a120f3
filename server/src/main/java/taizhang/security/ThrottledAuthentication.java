package taizhang.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import taizhang.user.LoginThrottle;
import taizhang.user.SignInAudit;

/**
 * The password check of the sign-in form behind the {@link LoginThrottle}: an attempt takes its
 * slot before the password is compared, so a burst of parallel guesses gets no more than the
 * limit; each success and failure goes to the audit trail with the address.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    /** Refused before any password was checked: too many attempts for this user or address. */
    static final class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many sign-in attempts");
        }
    }

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignInAudit audit;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, SignInAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String address = PasswordSignIn.address(request);
        LoginThrottle.Attempt attempt = throttle.take(username, address);
        if (!attempt.allowed()) {
            throw new ThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(request);
            throttle.succeeded(attempt);
            if (!(result.getPrincipal() instanceof TaizhangPrincipal user) || user.via() == null) {
                // A directory sign-in was written, naming the directory, when its user was mapped.
                audit.succeeded(username, address);
            }
            return result;
        } catch (SsoRefused alreadyAudited) {
            throw alreadyAudited;
        } catch (AuthenticationException e) {
            audit.failed(username, address, reason(e), attempt.lastAllowed());
            throw e;
        }
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof DisabledException) {
            return "DISABLED";
        }
        return e instanceof BadCredentialsException
                ? "BAD_CREDENTIALS"
                : e.getClass().getSimpleName();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
