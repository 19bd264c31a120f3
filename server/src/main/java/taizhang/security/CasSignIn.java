package taizhang.security;

import java.util.HashMap;
import java.util.Map;
import org.apereo.cas.client.validation.Cas20ServiceTicketValidator;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.apereo.cas.client.validation.TicketValidator;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.cas.ServiceProperties;
import org.springframework.security.cas.authentication.CasAssertionAuthenticationToken;
import org.springframework.security.cas.authentication.CasAuthenticationProvider;
import org.springframework.security.cas.web.CasAuthenticationFilter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.util.UriComponentsBuilder;
import taizhang.user.ExternalAccounts;
import taizhang.user.ExternalSignInRefused;

/**
 * CAS 2 or 3 sign-in with Spring Security's CAS support: the button sends the browser to the
 * CAS server, which sends it back to {@code /login/cas} with a service ticket; the ticket is
 * validated by the CAS server ({@code serviceValidate} or {@code p3/serviceValidate}) and the
 * principal with its attributes (CAS 3) is mapped to a Taizhang user.
 */
final class CasSignIn {

    static final String TICKET_PATH = "/login/cas";

    private final SsoSettings settings;
    private final ClaimMapping mapping;
    private final ExternalAccounts accounts;
    private final ServiceProperties service = new ServiceProperties();

    CasSignIn(SsoSettings settings, ExternalAccounts accounts) {
        this.settings = settings;
        this.mapping = new ClaimMapping(settings);
        this.accounts = accounts;
        service.setService(settings.cas().serviceUrl());
    }

    /** Where the sign-in page's button goes: the CAS server's sign-in, asked to come back here. */
    String entry() {
        return UriComponentsBuilder.fromUriString(settings.cas().serverUrl() + "/login")
                .queryParam("service", "{service}")
                .encode()
                .buildAndExpand(settings.cas().serviceUrl())
                .toUriString();
    }

    /** The CAS server's sign-out, asked to send the browser back. */
    String signOut(String back) {
        return UriComponentsBuilder.fromUriString(settings.cas().serverUrl() + "/logout")
                .queryParam("service", "{back}")
                .encode()
                .buildAndExpand(back)
                .toUriString();
    }

    void configure(HttpSecurity http, AuthenticationSuccessHandler signedIn, AuthenticationFailureHandler failed) {
        var provider = new CasAuthenticationProvider();
        provider.setServiceProperties(service);
        provider.setTicketValidator(validator());
        provider.setKey("taizhang-cas");
        provider.setAuthenticationUserDetailsService(this::signIn);
        provider.afterPropertiesSet();

        var filter = new CasAuthenticationFilter();
        filter.setServiceProperties(service);
        filter.setFilterProcessesUrl(TICKET_PATH);
        filter.setAuthenticationManager(new ProviderManager(provider));
        filter.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof TaizhangPrincipal principal) {
                SessionRightsFilter.renew(principal, request, response);
            }
            signedIn.onAuthenticationSuccess(request, response, authentication);
        });
        filter.setAuthenticationFailureHandler(failed);
        http.addFilterBefore(filter, UsernamePasswordAuthenticationFilter.class);
    }

    private TicketValidator validator() {
        String server = settings.cas().serverUrl();
        return settings.cas().protocol() == 2
                ? new Cas20ServiceTicketValidator(server)
                : new Cas30ServiceTicketValidator(server);
    }

    private UserDetails signIn(CasAssertionAuthenticationToken token) {
        var principal = token.getAssertion().getPrincipal();
        Map<String, Object> attributes = new HashMap<>(principal.getAttributes());
        try {
            var login = accounts.signIn(
                    mapping.identity("cas", principal.getName(), attributes),
                    settings.unknownUsers(),
                    settings.newUserOrganisation(),
                    RemoteAddress.current());
            return TaizhangPrincipal.byIdentitySystem(login, "cas", null);
        } catch (ExternalSignInRefused refused) {
            throw new SsoRefused(refused);
        }
    }
}
