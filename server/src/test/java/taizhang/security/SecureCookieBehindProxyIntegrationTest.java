package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/**
 * Behind a TLS-terminating proxy, configured as the README says ({@code
 * server.forward-headers-strategy=native}, the proxy on this machine): a sign-in that reached the
 * proxy over HTTPS gets a {@code Secure} session cookie, one over plain HTTP does not; both are
 * HttpOnly and SameSite=Lax.
 */
@DatabaseTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecureCookieBehindProxyIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverTls() throws Exception {
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        assertThat(sessionCookie(unit, "https"))
                .contains("; Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(sessionCookie(unit, "http"))
                .doesNotContain("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
    }

    private String sessionCookie(Actor actor, String proto) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(
                        HttpRequest.newBuilder(uri("/login"))
                                .header("X-Forwarded-Proto", proto)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String username = actor.user().username();
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("X-Forwarded-Proto", proto)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode("password-" + username) + "&_csrf=" + encode(csrf.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
