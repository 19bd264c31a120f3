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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * A browser opens several tabs (or a page fires several htmx requests) right after signing in:
 * each request puts the session's CSRF token into the database session at the same moment.
 * None of them may fail, and every page must carry the one token the session keeps.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelAfterSignInIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void fiftyParallelRequestsRightAfterSignInAllSucceed() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String username = office.user().username();
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode("password-" + username) + "&_csrf=" + encode(csrf(http))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String path = i % 2 == 0 ? "/settings" : "/notifications";
            requests.add(http.sendAsync(
                    HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (var request : requests) {
            HttpResponse<String> response = request.join();
            statuses.add(response.statusCode());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                tokens.add(token.group(1));
            }
        }
        assertThat(statuses).as("statuses of 50 parallel pages").containsOnly(200);
        // Every page offers a token the session accepts: a form posted from any of them works.
        HttpResponse<Void> post = http.send(
                HttpRequest.newBuilder(uri("/notifications/read-all"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("_csrf=" + encode(tokens.get(tokens.size() - 1))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(post.statusCode()).isIn(200, 302, 303);
    }

    private String csrf(HttpClient http) throws Exception {
        String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
