package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The OIDC authorisation-code round trip as a browser makes it, against the in-process provider:
 * Taizhang sends the browser to the provider, the provider back with a code, Taizhang redeems it.
 */
final class OidcFlow {

    static final String CLIENT_ID = "taizhang";

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private OidcFlow() {}

    /** Where the sign-in ended: Taizhang's last answer (a redirect) and the session cookie it set, if any. */
    record Outcome(String redirectedTo, Cookie session) {}

    static Outcome signIn(MockMvc mvc, MockOAuth2Server provider, String subject, Map<String, Object> claims)
            throws Exception {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of(CLIENT_ID), claims, 3600));
        MvcResult start = mvc.perform(get("/oauth2/authorization/sso")).andReturn();
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize)
                .startsWith(provider.authorizationEndpointUrl("default").toString());
        Cookie pending = start.getResponse().getCookie("SESSION");

        HttpResponse<Void> atProvider = BROWSER.send(
                HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding());
        URI back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/sso");

        MvcResult done = mvc.perform(get(back).cookie(pending)).andReturn();
        return new Outcome(
                done.getResponse().getRedirectedUrl(), done.getResponse().getCookie("SESSION"));
    }
}
