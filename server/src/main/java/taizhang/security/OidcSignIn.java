package taizhang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import taizhang.user.ExternalAccounts;
import taizhang.user.ExternalSignInRefused;

/**
 * OpenID Connect sign-in with Spring Security's OAuth2 client: the button sends the browser to
 * the provider, which sends it back with a code; the ID token's claims (and the user-info
 * answer) are mapped to a Taizhang user, and the session then holds that user like a password
 * sign-in would. The access token is not kept: Taizhang calls nothing on the user's behalf.
 */
final class OidcSignIn {

    static final String REGISTRATION = "sso";

    private final ClientRegistration registration;
    private final SsoSettings settings;
    private final ClaimMapping mapping;
    private final ExternalAccounts accounts;
    private final OidcUserService claims = new OidcUserService();

    OidcSignIn(SsoSettings settings, ExternalAccounts accounts) {
        SsoSettings.Oidc oidc = settings.oidc();
        this.registration = ClientRegistrations.fromIssuerLocation(oidc.issuer())
                .registrationId(REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(oidc.scopes())
                .build();
        this.settings = settings;
        this.mapping = new ClaimMapping(settings);
        this.accounts = accounts;
    }

    /** Where the sign-in page's button goes. */
    static String entry(HttpServletRequest request) {
        return request.getContextPath() + "/oauth2/authorization/" + REGISTRATION;
    }

    void configure(HttpSecurity http, AuthenticationSuccessHandler signedIn, AuthenticationFailureHandler failed)
            throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(new InMemoryClientRegistrationRepository(registration))
                .authorizedClientRepository(NOTHING_KEPT)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::signIn))
                .successHandler((request, response, authentication) -> {
                    if (authentication.getPrincipal() instanceof SignedIn user) {
                        SessionRightsFilter.renew(user.principal, request, response);
                    }
                    signedIn.onAuthenticationSuccess(request, response, authentication);
                })
                .failureHandler(failed));
    }

    /**
     * Redeems the code and signs the user in. It goes into the chain's own authentication
     * manager, which the settings keep to Taizhang's providers alone (no fallback that skips the
     * sign-in throttle).
     */
    AuthenticationProvider provider() {
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), this::signIn);
    }

    private OidcUser signIn(OidcUserRequest request) {
        OidcUser user = claims.loadUser(request);
        try {
            var login = accounts.signIn(
                    mapping.identity("oidc", user.getSubject(), user.getClaims()),
                    settings.unknownUsers(),
                    settings.newUserOrganisation(),
                    RemoteAddress.current());
            return new SignedIn(
                    user,
                    TaizhangPrincipal.byIdentitySystem(
                            login, "oidc", user.getIdToken().getTokenValue()));
        } catch (ExternalSignInRefused refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("access_denied", refused.reason(), null), new SsoRefused(refused));
        }
    }

    /** The provider's sign-out address for a session, with the ID token and the way back; empty when it has none. */
    Optional<String> signOut(TaizhangPrincipal principal, String back) {
        Object endSession =
                registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return Optional.empty();
        }
        var uri = UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("client_id", "{client}")
                .queryParam("post_logout_redirect_uri", "{back}");
        if (principal.idToken() != null) {
            uri.queryParam("id_token_hint", "{token}");
        }
        return Optional.of(uri.encode()
                .buildAndExpand(Map.of(
                        "client",
                        registration.getClientId(),
                        "back",
                        back,
                        "token",
                        String.valueOf(principal.idToken())))
                .toUriString());
    }

    /** The provider's user, carrying the Taizhang principal to the success handler (not kept in the session). */
    private static final class SignedIn extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient TaizhangPrincipal principal;

        SignedIn(OidcUser user, TaizhangPrincipal principal) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.principal = principal;
        }
    }

    private static final OAuth2AuthorizedClientRepository NOTHING_KEPT = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    };
}
