package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in through a CAS server (protocol 3, its validation answered by a small server the test
 * starts), with unknown users refused: a known user gets the roles and organisation its
 * attributes map to and is not sent to change a password it does not use; signing out ends
 * the CAS session too.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class CasSignInIntegrationTest {

    private static final String SERVICE = "http://localhost/login/cas";
    private static final CasValidationServer CAS = new CasValidationServer();

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry properties) {
        properties.add("taizhang.sso.kind", () -> "cas");
        properties.add("taizhang.sso.cas.server-url", CAS::url);
        properties.add("taizhang.sso.cas.service-url", () -> SERVICE);
        properties.add("taizhang.sso.unknown-users", () -> "refuse");
        properties.add("taizhang.sso.display-name-attribute", () -> "displayName");
        properties.add("taizhang.sso.roles-attribute", () -> "memberOf");
        properties.add("taizhang.sso.roles.taizhang-office", () -> "OFFICE");
        properties.add("taizhang.sso.roles.taizhang-units", () -> "UNIT");
        properties.add("taizhang.sso.organisation-attribute", () -> "dept");
        properties.add("taizhang.sso.organisations.chifeng", () -> "赤峰市");
    }

    @AfterAll
    static void stop() {
        CAS.stop();
    }

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

    private MockHttpServletResponse back(String ticket) throws Exception {
        return mvc.perform(get("/login/cas").param("ticket", ticket))
                .andReturn()
                .getResponse();
    }

    @Test
    void theButtonSendsTheBrowserToTheCasServerWhichSendsItBackHere() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("统一身份认证登录");

        var entry = mvc.perform(get("/login/sso")).andReturn().getResponse();

        assertThat(entry.getRedirectedUrl())
                .isEqualTo(CAS.url() + "/login?service=" + URLEncoder.encode(SERVICE, StandardCharsets.UTF_8));
    }

    @Test
    void aKnownUserGetsExactlyTheMappedRolesAndOrganisationAndIsNotSentToChangeAPassword() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String name = "wang." + UUID.randomUUID().toString().substring(0, 8);
        // Created by the administrator with a password it chose: a password sign-in would have to replace it.
        var created = mvc.perform(post("/api/v1/users")
                        .header("Authorization", admin.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"王五","organisationId":%d,"roles":["UNIT"],
                                 "password":"Chosen-by-admin-2026"}""".formatted(name, fixtures.org("通辽市").id())))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);

        var signedIn = back(CAS.issue(
                SERVICE,
                name,
                Map.of(
                        "displayName",
                        List.of("王五"),
                        "memberOf",
                        List.of("taizhang-office", "x"),
                        "dept",
                        List.of("chifeng"))));

        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
        Cookie session = signedIn.getCookie("SESSION");
        JsonNode me = requests.me(session);
        assertThat(me.get("roles").valueStream().map(JsonNode::asString).toList())
                .containsExactly("OFFICE");
        assertThat(me.get("organisationId").asLong())
                .isEqualTo(fixtures.org("赤峰市").id());
        var ledger = mvc.perform(get("/ledger").cookie(session).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();
        assertThat(ledger.getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownUserIsRefusedAndTheRefusalAudited() throws Exception {
        String name = "zhao." + UUID.randomUUID().toString().substring(0, 8);

        var refused = back(CAS.issue(SERVICE, name, Map.of("memberOf", List.of("taizhang-office"))));

        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?refused");
        assertThat(jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", name)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select after_json from audit_event_view where action = 'login.failure' and actor = :u")
                        .param("u", name)
                        .query(String.class)
                        .single())
                .contains("UNKNOWN_USER")
                .contains("\"via\":\"cas\"");
        assertThat(mvc.perform(get("/login").param("refused", ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("您在本系统没有可用的账户");
    }

    @Test
    void aTicketTheCasServerDoesNotKnowSignsNobodyIn() throws Exception {
        var failed = back("ST-made-up");

        assertThat(failed.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failed.getCookie("SESSION")).isNull();
    }

    @Test
    void signingOutEndsTheLocalAndTheCasSession() throws Exception {
        Actor office = fixtures.actor("通辽市", Role.OFFICE);
        Cookie session =
                back(CAS.issue(SERVICE, office.user().username(), Map.of())).getCookie("SESSION");
        assertThat(requests.me(session).get("username").asString())
                .isEqualTo(office.user().username());

        var out = mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(out.getRedirectedUrl())
                .isEqualTo(CAS.url() + "/logout?service="
                        + URLEncoder.encode("http://localhost/login?logout", StandardCharsets.UTF_8));
        assertThat(mvc.perform(get("/api/v1/me").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
