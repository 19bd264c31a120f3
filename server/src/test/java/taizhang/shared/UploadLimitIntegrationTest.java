package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.ledger.MeasureType;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * An upload over the 50 MB limit, through a real Tomcat (which enforces the limit): the API
 * answers problem details, a page form a page that says so, htmx a message in the flash area;
 * nothing is stored.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitIntegrationTest {

    /** Just over the limit: Tomcat reads no more than 2 MB past the point where it refuses. */
    private static final long OVER_THE_LIMIT = UploadLimit.MAX_BYTES + 100_000;

    private static final String BOUNDARY = "taizhang-upload-limit";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JdbcClient jdbc;

    Actor office;
    HttpClient http;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        // A campaign the office keeps, so that /reports offers its Excel form whatever ran before.
        ledger.campaign(office.user());
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void theApiAnswersProblemDetailsAndImportsNothing() throws Exception {
        long imports = count("import_draft");
        HttpResponse<String> response = http.send(
                upload("/api/v1/imports", List.of())
                        .header("Authorization", office.bearer())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(UploadLimit.TOO_LARGE).contains("\"kind\":\"TOO_LARGE\"");
        assertThat(count("import_draft")).isEqualTo(imports);
    }

    @Test
    void aSignedInFormGetsAPageSayingWhy() throws Exception {
        String username = office.user().username();
        String loginCsrf = csrf(get("/login"));
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode("password-" + username) + "&_csrf=" + encode(loginCsrf)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        // The CSRF token is a form field ahead of the file, as the page sends it: Tomcat refuses
        // the upload while the security filters read that field, before any controller.
        String importPage = get("/imports");
        // Both upload forms carry the limit, so that the browser refuses a larger file before sending it.
        assertThat(importPage).contains("data-max-bytes=\"" + UploadLimit.MAX_BYTES + "\"");
        assertThat(get("/reports")).contains("data-max-bytes=\"" + UploadLimit.MAX_BYTES + "\"");
        HttpResponse<String> response = http.send(
                upload("/imports", List.of("_csrf", csrf(importPage)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(response.body())
                .contains("<p class=\"alert alert-error\" role=\"alert\">" + UploadLimit.TOO_LARGE + "</p>");
    }

    @Test
    void htmxGetsTheMessageInTheFlashAreaAndNoFileIsKept() throws Exception {
        long problem = ledger.problem(
                        office.user(), ledger.campaign(office.user()).id())
                .id();
        long measure = ledger.measure(
                        office.user(),
                        problem,
                        "上传证明材料",
                        fixtures.org("赤峰市").id(),
                        List.of(),
                        null,
                        MeasureType.IMMEDIATE)
                .id();
        long files = count("evidence_file");
        HttpResponse<String> response = http.send(
                upload("/measures/" + measure + "/evidence", List.of())
                        .header("Authorization", office.bearer())
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("HX-Retarget")).hasValue("#flash");
        assertThat(response.body()).contains(UploadLimit.TOO_LARGE);
        assertThat(count("evidence_file")).isEqualTo(files);
    }

    private HttpRequest.Builder upload(String path, List<String> fieldBeforeFile) {
        StringBuilder head = new StringBuilder();
        if (!fieldBeforeFile.isEmpty()) {
            head.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fieldBeforeFile.get(0))
                    .append("\"\r\n\r\n")
                    .append(fieldBeforeFile.get(1))
                    .append("\r\n");
        }
        head.append("--")
                .append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n");
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.concat(
                        BodyPublishers.ofString(head.toString()),
                        BodyPublishers.ofInputStream(() -> zeros(OVER_THE_LIMIT)),
                        BodyPublishers.ofString(tail)));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF field on the page").isTrue();
        return token.group(1);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int wanted) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(wanted, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
