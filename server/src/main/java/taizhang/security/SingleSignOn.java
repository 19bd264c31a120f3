package taizhang.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import taizhang.user.ExternalAccounts;

/**
 * The body's identity system, as configured: at most one of OIDC, CAS and LDAP. With none
 * (the default) it adds nothing to the security filter chain.
 */
final class SingleSignOn {

    static final String ENTRY = "/login/sso";

    private final OidcSignIn oidc;
    private final CasSignIn cas;
    private final DirectorySignIn directory;
    private final SsoSettings settings;

    SingleSignOn(SsoSettings settings, ExternalAccounts accounts) {
        this.settings = settings;
        this.oidc = settings.kind() == SsoSettings.Kind.OIDC ? new OidcSignIn(settings, accounts) : null;
        this.cas = settings.kind() == SsoSettings.Kind.CAS ? new CasSignIn(settings, accounts) : null;
        this.directory = settings.kind() == SsoSettings.Kind.LDAP ? new DirectorySignIn(settings, accounts) : null;
    }

    SsoSettings settings() {
        return settings;
    }

    /** The directory the sign-in form also binds against; null without LDAP. */
    DirectorySignIn directory() {
        return directory;
    }

    /** The providers the chain's authentication manager needs besides the form's. */
    List<AuthenticationProvider> providers() {
        return oidc == null ? List.of() : List.of(oidc.provider());
    }

    DirectoryPresence presence() {
        return directory == null ? DirectoryPresence.NONE : directory;
    }

    /** The addresses anyone may open: the button's, and those the provider sends the browser back to. */
    List<String> openPaths() {
        if (oidc != null) {
            return List.of(ENTRY, "/oauth2/authorization/*", "/login/oauth2/code/*");
        }
        return cas != null ? List.of(ENTRY, CasSignIn.TICKET_PATH) : List.of();
    }

    /**
     * The provider's origin, to which the sign-out form's answer redirects: the page's
     * {@code form-action} has to allow it, or the browser stops the redirect.
     */
    Optional<String> providerOrigin() {
        String url = oidc != null
                ? settings.oidc().issuer()
                : cas != null ? settings.cas().serverUrl() : null;
        if (url == null) {
            return Optional.empty();
        }
        URI uri = URI.create(url);
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    void configure(HttpSecurity http, AuthenticationSuccessHandler signedIn, AuthenticationFailureHandler failed)
            throws Exception {
        if (oidc != null) {
            oidc.configure(http, signedIn, failed);
        }
        if (cas != null) {
            cas.configure(http, signedIn, failed);
        }
    }

    /** Where the sign-in page's button sends the browser; empty when there is no button. */
    Optional<String> entry(HttpServletRequest request) {
        if (oidc != null) {
            return Optional.of(OidcSignIn.entry(request));
        }
        return cas == null ? Optional.empty() : Optional.of(cas.entry());
    }

    /**
     * Ends the local session (the logout filter did) and then, for a session that came through
     * OIDC or CAS, the provider's, which sends the browser back to the sign-in page.
     */
    LogoutSuccessHandler signOut() {
        return (request, response, authentication) -> {
            String back = ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/login")
                    .query("logout")
                    .toUriString();
            String target = request.getContextPath() + "/login?logout";
            if (authentication != null && authentication.getPrincipal() instanceof TaizhangPrincipal user) {
                if (oidc != null && "oidc".equals(user.via())) {
                    target = oidc.signOut(user, back).orElse(target);
                } else if (cas != null && "cas".equals(user.via())) {
                    target = cas.signOut(back);
                }
            }
            response.sendRedirect(target);
        };
    }
}
