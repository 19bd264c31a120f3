package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Sign-in through an OpenID Connect provider (a real one, in process): an unknown user is
 * created in the organisation and with exactly the roles its claims map to, directory changes
 * apply at the next sign-in and are audited, API tokens work for such a user, local passwords
 * are kept for administrators only, and signing out ends both sessions.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class OidcSignInIntegrationTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry properties) {
        properties.add("taizhang.sso.kind", () -> "oidc");
        properties.add(
                "taizhang.sso.oidc.issuer", () -> PROVIDER.issuerUrl("default").toString());
        properties.add("taizhang.sso.oidc.client-id", () -> OidcFlow.CLIENT_ID);
        properties.add("taizhang.sso.oidc.client-secret", () -> "secret");
        properties.add("taizhang.sso.local-passwords", () -> "admin");
        properties.add("taizhang.sso.unknown-users", () -> "create");
        properties.add("taizhang.sso.new-user-organisation", () -> "内蒙古自治区");
        properties.add("taizhang.sso.username-attribute", () -> "preferred_username");
        properties.add("taizhang.sso.roles.taizhang-office", () -> "OFFICE");
        properties.add("taizhang.sso.roles.taizhang-leaders", () -> "LEADER,SUPERVISOR");
        properties.add("taizhang.sso.organisation-attribute", () -> "dept");
        properties.add("taizhang.sso.organisations.tongliao", () -> "通辽市");
        properties.add("taizhang.sso.organisations.chifeng", () -> "赤峰市");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
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

    private static Map<String, Object> claims(String username, String dept, String... groups) {
        return Map.of("preferred_username", username, "name", "张三", "dept", dept, "groups", List.of(groups));
    }

    private static String newName() {
        return "zhang." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> roles(JsonNode me) {
        return me.get("roles").valueStream().map(JsonNode::asString).sorted().toList();
    }

    @Test
    void anUnknownUserIsCreatedWithExactlyTheOrganisationAndRolesItsClaimsMapTo() throws Exception {
        String name = newName();
        var signedIn =
                OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "tongliao", "taizhang-office", "other"));

        assertThat(signedIn.redirectedTo()).isEqualTo("/");
        JsonNode me = requests.me(signedIn.session());
        assertThat(me.get("username").asString()).isEqualTo(name);
        assertThat(me.get("displayName").asString()).isEqualTo("张三");
        assertThat(me.get("organisationId").asLong())
                .isEqualTo(fixtures.org("通辽市").id());
        assertThat(roles(me)).containsExactly("OFFICE");
        assertThat(mvc.perform(get("/ledger").cookie(signedIn.session()).accept(MediaType.TEXT_HTML))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(audited("login.success", name)).contains("\"via\":\"oidc\"");
        assertThat(jdbc.sql("select actor from audit_event_view where action = 'user.create' and after_json like :n")
                        .param("n", "%\"" + name + "\"%")
                        .query(String.class)
                        .single())
                .isEqualTo("oidc");
    }

    @Test
    void aUserNoGroupMapsIsCreatedWithoutRoleInTheConfiguredOrganisationAndIsNotSentToChangeAPassword()
            throws Exception {
        String name = newName();
        var signedIn = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "nowhere", "unmapped"));

        JsonNode me = requests.me(signedIn.session());
        assertThat(me.get("organisationId").asLong())
                .isEqualTo(fixtures.org("内蒙古自治区").id());
        assertThat(roles(me)).isEmpty();
        var home = mvc.perform(get("/").cookie(signedIn.session())).andReturn().getResponse();
        assertThat(home.getRedirectedUrl()).isEqualTo("/account");
        var account = mvc.perform(get("/account").cookie(signedIn.session()))
                .andReturn()
                .getResponse();
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getContentAsString())
                .contains("尚未分配角色")
                .contains("本系统不保存您的密码")
                .doesNotContain("id=\"password-form\"");
        var campaign = mvc.perform(post("/api/v1/campaigns")
                        .cookie(signedIn.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"无角色-" + name + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(campaign.getStatus()).as("no role, no office's work").isEqualTo(403);
    }

    @Test
    void directoryRoleAndOrganisationChangesApplyAtTheNextSignInAndAreAudited() throws Exception {
        String name = newName();
        var first = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "tongliao", "taizhang-office"));
        assertThat(roles(requests.me(first.session()))).containsExactly("OFFICE");

        var second = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "chifeng", "taizhang-leaders"));

        JsonNode me = requests.me(second.session());
        assertThat(roles(me)).containsExactly("LEADER", "SUPERVISOR");
        assertThat(me.get("organisationId").asLong())
                .isEqualTo(fixtures.org("赤峰市").id());
        // The earlier session takes the change on its next request, as after an administrator's.
        assertThat(roles(requests.me(first.session()))).containsExactly("LEADER", "SUPERVISOR");
        long id = me.get("id").asLong();
        var change = jdbc.sql("""
                select actor, before_json, after_json from audit_event_view
                where action = 'user.roles' and object_id = :id""")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(change.get(0)).isEqualTo("oidc");
        assertThat(change.get(1)).contains("OFFICE");
        assertThat(change.get(2)).contains("LEADER").contains("SUPERVISOR").doesNotContain("OFFICE");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event_view where action = 'user.organisation' and object_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aUserTheAdministratorDisabledIsRefusedAtItsNextSignIn() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String name = newName();
        var first = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "tongliao", "taizhang-office"));
        long id = requests.me(first.session()).get("id").asLong();
        assertThat(mvc.perform(post("/api/v1/users/" + id + "/disable").header("Authorization", admin.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        var again = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "tongliao", "taizhang-office"));

        assertThat(again.redirectedTo()).isEqualTo("/login?refused");
        assertThat(mvc.perform(get("/api/v1/me").cookie(first.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(audited("login.failure", name)).contains("\"reason\":\"DISABLED\"");
    }

    @Test
    void anSsoUserMakesAnApiTokenThatWorks() throws Exception {
        String name = newName();
        var signedIn = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "tongliao", "taizhang-office"));

        var made = mvc.perform(post("/api/v1/me/tokens")
                        .cookie(signedIn.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"脚本\"}"))
                .andReturn()
                .getResponse();
        assertThat(made.getStatus()).isEqualTo(201);
        String token = json.readTree(made.getContentAsString()).get("token").asString();

        var byToken = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(byToken.getStatus()).isEqualTo(200);
        assertThat(json.readTree(byToken.getContentAsString()).get("username").asString())
                .isEqualTo(name);
    }

    @Test
    void localPasswordsAreKeptForAdministratorsAndOffForEveryoneElse() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("通辽市", Role.OFFICE);

        requests.signIn(admin.user().username(), "password-" + admin.user().username());
        var refused = requests.signInAttempt(
                office.user().username(), "password-" + office.user().username(), "10.9.0.1");

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", office.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("tokens stay valid when passwords are off")
                .isEqualTo(200);
    }

    @Test
    void signingOutEndsTheLocalSessionAndSendsTheBrowserToTheProvidersSignOut() throws Exception {
        String name = newName();
        var signedIn = OidcFlow.signIn(mvc, PROVIDER, "sub-" + name, claims(name, "tongliao", "taizhang-office"));

        var out = mvc.perform(post("/logout").cookie(signedIn.session()).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(out.getRedirectedUrl())
                .startsWith(PROVIDER.endSessionEndpointUrl("default").toString())
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=http%3A%2F%2Flocalhost%2Flogin%3Flogout");
        assertThat(mvc.perform(get("/api/v1/me").cookie(signedIn.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void theSignInPageShowsTheBodysButtonWhichLeadsToTheProvider() throws Exception {
        var page = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("统一身份认证登录").contains("href=\"/login/sso\"");
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("form-action 'self' " + PROVIDER.baseUrl().toString().replaceAll("/$", ""));

        var entry = mvc.perform(get("/login/sso")).andReturn().getResponse();
        assertThat(entry.getRedirectedUrl()).isEqualTo("/oauth2/authorization/sso");
    }

    private String audited(String action, String username) {
        return String.join(
                "\n",
                jdbc.sql("select after_json from audit_event_view where action = :a and actor = :u")
                        .param("a", action)
                        .param("u", username)
                        .query(String.class)
                        .list());
    }
}
