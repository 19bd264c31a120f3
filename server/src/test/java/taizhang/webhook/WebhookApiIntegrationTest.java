package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 外部推送 through the API and the page, for 科尔沁区 (under 通辽市) and 红山区 (under 赤峰市): who may
 * set and read what, the secret never shown back, bad addresses refused in Chinese.
 */
@DatabaseTest
// The receivers here are on this machine: only its address is allowed, other internal ones stay refused.
@SpringBootTest(properties = "taizhang.webhooks.allowed-hosts=127.0.0.1")
@AutoConfigureMockMvc
class WebhookApiIntegrationTest {

    static final String SECRET = "horqin-secret-0123456789";
    // Nothing listens on the discard port: deliveries to it fail at once, wherever they are tried.
    static final String URL = "http://127.0.0.1:9/horqin";

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    // Made once for the class: each user's password hash takes a second to compute.
    static Actor admin;
    static Actor tongliaoOffice;
    static Actor chifengOffice;
    static Actor horqinUnit;
    static Actor hongshanUnit;
    long horqin;
    long hongshan;

    @BeforeEach
    void actors() {
        if (admin == null) {
            admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
            tongliaoOffice = fixtures.actor("通辽市", Role.OFFICE);
            chifengOffice = fixtures.actor("赤峰市", Role.OFFICE);
            horqinUnit = fixtures.actor("科尔沁区", Role.UNIT);
            hongshanUnit = fixtures.actor("红山区", Role.UNIT);
        }
        horqin = fixtures.org("科尔沁区").id();
        hongshan = fixtures.org("红山区").id();
        jdbc.sql("delete from webhook where org_id in (:o)")
                .param("o", java.util.List.of(horqin, hongshan))
                .update();
    }

    private String path(long org) {
        return "/api/v1/organisations/" + org + "/webhook";
    }

    private MockHttpServletResponse put(Actor actor, long org, String body) throws Exception {
        return requests.send(actor, HttpMethod.PUT, path(org), body);
    }

    @Test
    void theOfficeSetsAWebhookAndReadsItBackWithoutTheSecret() throws Exception {
        MockHttpServletResponse saved =
                put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\",\"enabled\":true}");
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        assertThat(saved.getContentAsString()).doesNotContain(SECRET);

        MockHttpServletResponse read = requests.send(tongliaoOffice, HttpMethod.GET, path(horqin), null);
        assertThat(read.getContentAsString()).doesNotContain(SECRET).doesNotContain("\"secret\"");
        JsonNode hook = body(read);
        assertThat(hook.get("url").asText()).isEqualTo(URL);
        assertThat(hook.get("secretHint").asText()).isEqualTo("••••6789");
        assertThat(hook.get("enabled").asBoolean()).isTrue();
        assertThat(hook.get("orgName").asText()).isEqualTo("科尔沁区");

        MockHttpServletResponse kept =
                put(admin, horqin, "{\"url\":\"https://gateway.example.cn/horqin\",\"enabled\":false}");
        assertThat(kept.getStatus()).isEqualTo(200);
        assertThat(body(kept).get("secretHint").asText())
                .as("a missing secret keeps the old one")
                .isEqualTo("••••6789");
        String audited = jdbc.sql("""
                select after_json from audit_event where action = 'webhook.save' and object_id = :o
                order by seq desc limit 1""").param("o", horqin).query(String.class).single();
        assertThat(audited).contains("gateway.example.cn").doesNotContain(SECRET);
    }

    @Test
    void refusesAnAddressThatIsNotHttpWithAChineseMessageAndChangesNothing() throws Exception {
        put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}");

        for (String url : new String[] {"ftp://gateway.example.cn/x", "javascript:alert(1)", "gateway", ""}) {
            MockHttpServletResponse refused =
                    put(tongliaoOffice, horqin, "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}");
            assertThat(refused.getStatus()).as(url).isEqualTo(400);
            assertThat(body(refused).get("detail").asText()).matches(".*(http:// 或 https://|缺少推送地址).*");
        }
        for (String internal : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/hook"}) {
            MockHttpServletResponse refused =
                    put(tongliaoOffice, horqin, "{\"url\":\"" + internal + "\",\"secret\":\"" + SECRET + "\"}");
            assertThat(refused.getStatus())
                    .as("%s: only 127.0.0.1 is allowed here", internal)
                    .isEqualTo(400);
            assertThat(body(refused).get("detail").asText()).contains("已拒绝");
        }
        MockHttpServletResponse shortSecret =
                put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"abc\"}");
        assertThat(shortSecret.getStatus()).isEqualTo(400);
        assertThat(body(shortSecret).get("detail").asText()).contains("16 到 200 个字符");
        MockHttpServletResponse firstWithoutSecret = put(admin, hongshan, "{\"url\":\"" + URL + "\"}");
        assertThat(firstWithoutSecret.getStatus()).isEqualTo(400);
        assertThat(body(firstWithoutSecret).get("detail").asText()).isEqualTo("缺少推送密钥");

        assertThat(body(requests.send(tongliaoOffice, HttpMethod.GET, path(horqin), null))
                        .get("url")
                        .asText())
                .isEqualTo(URL);
    }

    @Test
    void aUnitReadsOnlyItsOwnAndSetsNothing() throws Exception {
        put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}");
        put(admin, hongshan, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}");

        assertThat(requests.send(horqinUnit, HttpMethod.GET, path(horqin), null).getStatus())
                .isEqualTo(200);
        assertThat(requests.send(horqinUnit, HttpMethod.GET, path(horqin) + "/deliveries", null)
                        .getStatus())
                .isEqualTo(200);
        assertThat(requests.send(horqinUnit, HttpMethod.GET, path(hongshan), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.send(horqinUnit, HttpMethod.GET, path(hongshan) + "/deliveries", null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(put(horqinUnit, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.send(horqinUnit, HttpMethod.POST, path(horqin) + "/test", null)
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.send(hongshanUnit, HttpMethod.GET, path(horqin), null)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anOfficeReachesOnlyItsOwnSubtree() throws Exception {
        put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}");

        assertThat(requests.send(chifengOffice, HttpMethod.GET, path(horqin), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.send(chifengOffice, HttpMethod.GET, path(horqin) + "/deliveries", null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(put(chifengOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}")
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.send(chifengOffice, HttpMethod.DELETE, path(horqin), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.send(chifengOffice, HttpMethod.GET, "/webhooks?org=" + horqin, null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.send(tongliaoOffice, HttpMethod.GET, path(horqin), null)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aTestPushIsQueuedAndListedInTheDeliveryLog() throws Exception {
        put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}");

        MockHttpServletResponse queued = requests.send(tongliaoOffice, HttpMethod.POST, path(horqin) + "/test", null);
        assertThat(queued.getStatus()).isEqualTo(202);
        String id = body(queued).get("id").asText();

        JsonNode log = body(requests.send(tongliaoOffice, HttpMethod.GET, path(horqin) + "/deliveries?size=5", null));
        assertThat(log.get(0).get("id").asText()).isEqualTo(id);
        assertThat(log.get(0).get("event").asText()).isEqualTo("webhook.test");
        assertThat(log.get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(log.get(0).get("attempts").asInt()).isZero();
        assertThat(requests.send(tongliaoOffice, HttpMethod.GET, path(horqin) + "/deliveries?size=0", null)
                        .getStatus())
                .isEqualTo(400);

        assertThat(requests.send(tongliaoOffice, HttpMethod.DELETE, path(horqin), null)
                        .getStatus())
                .isEqualTo(204);
        assertThat(requests.send(tongliaoOffice, HttpMethod.POST, path(horqin) + "/test", null)
                        .getStatus())
                .as("no webhook to test")
                .isEqualTo(409);
    }

    @Test
    void thePageShowsTheSettingsAndLogAndRefusesABadAddressInChinese() throws Exception {
        put(tongliaoOffice, horqin, "{\"url\":\"" + URL + "\",\"secret\":\"" + SECRET + "\"}");

        MockHttpServletResponse page = requests.send(tongliaoOffice, HttpMethod.GET, "/webhooks?org=" + horqin, null);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("科尔沁区的推送设置", URL, "••••6789", "外部推送")
                .doesNotContain(SECRET);

        MockHttpServletResponse refused = mvc.perform(post("/webhooks/save")
                        .header("Authorization", tongliaoOffice.bearer())
                        .param("org", Long.toString(horqin))
                        .param("url", "ftp://x.cn/")
                        .param("enabled", "true"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("http:// 或 https://");

        MockHttpServletResponse saved = mvc.perform(post("/webhooks/save")
                        .header("Authorization", tongliaoOffice.bearer())
                        .param("org", Long.toString(horqin))
                        .param("url", "https://gateway.example.cn/new")
                        .param("secret", ""))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(303);
        JsonNode hook = body(requests.send(tongliaoOffice, HttpMethod.GET, path(horqin), null));
        assertThat(hook.get("url").asText()).isEqualTo("https://gateway.example.cn/new");
        assertThat(hook.get("enabled").asBoolean()).as("the box left unticked").isFalse();
        assertThat(hook.get("secretHint").asText()).isEqualTo("••••6789");

        assertThat(requests.send(horqinUnit, HttpMethod.GET, "/webhooks", null).getStatus())
                .isEqualTo(403);
    }

    @Test
    void theApiDocumentNamesTheWebhookRoutes() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/api/v1/openapi"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("paths");
        String hook = "/api/v1/organisations/{orgId}/webhook";
        assertThat(paths.get(hook).has("get")).isTrue();
        assertThat(paths.get(hook).has("put")).isTrue();
        assertThat(paths.get(hook).has("delete")).isTrue();
        assertThat(paths.get(hook + "/test").has("post")).isTrue();
        assertThat(paths.get(hook + "/deliveries").has("get")).isTrue();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
