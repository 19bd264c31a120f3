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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import taizhang.TaizhangApplication;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/**
 * Two server nodes on one database: a session signed in on one serves on the other, and what the
 * administrator changes through the other node (roles, then disabling) holds from the user's
 * next request on both.
 */
@DatabaseTest
class TwoNodeSessionIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(TaizhangApplication.class)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .run("--server.port=0");
    }

    @Test
    void whatTheAdministratorChangesOnOneNodeHoldsForASessionOnTheOther() throws Exception {
        Fixtures fixtures = first.getBean(Fixtures.class);
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("通辽市", Role.OFFICE);
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, first, office);
        assertThat(get(browser, second, "/api/v1/me").body()).contains("\"OFFICE\"");

        HttpResponse<String> demoted = send(
                second,
                HttpRequest.newBuilder(
                                uri(second, "/api/v1/users/" + office.user().id() + "/roles"))
                        .header("Authorization", admin.bearer())
                        .header("Content-Type", "application/json")
                        .PUT(BodyPublishers.ofString("{\"roles\":[\"LEADER\"]}")));
        assertThat(demoted.statusCode()).isEqualTo(200);
        assertThat(get(browser, first, "/api/v1/me").body())
                .contains("\"LEADER\"")
                .doesNotContain("\"OFFICE\"");

        HttpResponse<String> disabled = send(
                second,
                HttpRequest.newBuilder(
                                uri(second, "/api/v1/users/" + office.user().id() + "/disable"))
                        .header("Authorization", admin.bearer())
                        .POST(BodyPublishers.noBody()));
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(get(browser, first, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(get(browser, second, "/api/v1/me").statusCode()).isEqualTo(401);
    }

    private static void signIn(HttpClient browser, ConfigurableApplicationContext node, Actor actor) throws Exception {
        Matcher csrf = CSRF.matcher(get(browser, node, "/login").body());
        assertThat(csrf.find()).isTrue();
        String username = actor.user().username();
        HttpResponse<Void> login = browser.send(
                HttpRequest.newBuilder(uri(node, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode("password-" + username) + "&_csrf=" + encode(csrf.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request)
            throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
