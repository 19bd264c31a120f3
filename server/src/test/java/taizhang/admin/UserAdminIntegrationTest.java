package taizhang.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import taizhang.user.ApiTokens;
import taizhang.user.UserService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's user pages and what a password set by someone else means: the user is sent
 * to change it before anything else (pages) and the API answers 403 saying so; a reset ends the
 * user's sessions and revokes its tokens, and tokens made after the user's own change work. Each
 * role lands on the page of its main work, and only the administrator reaches its pages.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private static String password(Actor actor) {
        return "password-" + actor.user().username();
    }

    @Test
    void theFirstStartsAdministratorIsAnAdministratorWhoMustReplaceTheGeneratedPassword() {
        UserService.Login admin = users.login("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.user().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aResetPasswordEndsSessionsRevokesTokensAndMustBeReplacedBeforeAnythingElse() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        Cookie before = requests.signIn(unit.user().username(), password(unit));
        Cookie adminSession = requests.signIn(admin.user().username(), password(admin));

        MockHttpServletResponse reset =
                requests.perform(post("/admin/users/" + unit.user().id() + "/reset-password")
                        .cookie(adminSession)
                        .with(csrf()));
        assertThat(reset.getContentAsString())
                .contains("id=\"issued\"", unit.user().username());
        String issued = issuedPassword(reset);

        assertThat(requests.perform(get("/api/v1/me").header("Authorization", unit.bearer()))
                        .getStatus())
                .as("a token from before the reset")
                .isEqualTo(401);
        assertThat(requests.perform(get("/api/v1/me").cookie(before)).getStatus())
                .as("a session from before the reset")
                .isEqualTo(401);
        assertThat(requests.signInAttempt(unit.user().username(), password(unit))
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login?error");

        Cookie session = requests.signIn(unit.user().username(), issued);
        assertThat(requests.perform(get("/my").cookie(session).accept(MediaType.TEXT_HTML))
                        .getRedirectedUrl())
                .endsWith("/account?mustChange");
        MockHttpServletResponse refused =
                requests.perform(get("/api/v1/measures").cookie(session));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("请先修改密码");
        assertThat(requests.perform(post("/api/v1/me/tokens")
                                .cookie(session)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"脚本\"}"))
                        .getStatus())
                .as("no token before the change")
                .isEqualTo(403);
        String owedFromToken = requests.perform(
                        get("/api/v1/measures").header("Authorization", "Bearer " + forcedToken(unit)))
                .getContentAsString();
        assertThat(owedFromToken).contains("请先修改密码");

        MockHttpServletResponse changed = requests.perform(post("/api/v1/me/password")
                .cookie(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + issued + "\",\"newPassword\":\"通辽-自己的新密码-7301\"}"));
        assertThat(changed.getStatus()).isEqualTo(204);
        Cookie renewed = changed.getCookie("SESSION");
        MockHttpServletResponse issuedToken = requests.perform(post("/api/v1/me/tokens")
                .cookie(renewed)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"改密后的脚本\"}"));
        assertThat(issuedToken.getStatus()).isEqualTo(201);
        String token =
                json.readTree(issuedToken.getContentAsString()).get("token").asString();
        assertThat(requests.perform(get("/api/v1/measures").header("Authorization", "Bearer " + token))
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql("select after_json from audit_event_view where action = 'user.password.reset'"
                                + " and object_id = :id")
                        .param("id", unit.user().id())
                        .query(String.class)
                        .single())
                .contains("\"tokensRevoked\":1")
                .doesNotContain(issued);
    }

    /**
     * A token of a user who owes the change: none can be made through the pages or the API then,
     * so one is issued beside them, as a token left from before would be if it were not revoked.
     */
    private String forcedToken(Actor unit) {
        return tokens.issue(unit.user(), "留存", 1, null).token();
    }

    /** The password the page shows once, after a creation or a reset. */
    private static String issuedPassword(MockHttpServletResponse page) throws Exception {
        var found = java.util.regex.Pattern.compile("id=\"issued-password\">([^<]+)<")
                .matcher(page.getContentAsString());
        assertThat(found.find()).as("the page shows the password").isTrue();
        return found.group(1);
    }

    @Test
    void theAdministratorCreatesAUserWhoseGeneratedPasswordIsShownOnceAndReplacedAtFirstSignIn() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Cookie adminSession = requests.signIn(admin.user().username(), password(admin));
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse created = requests.perform(post("/admin/users")
                .cookie(adminSession)
                .with(csrf())
                .param("username", username)
                .param("displayName", "赤峰市联络员")
                .param("organisationId", String.valueOf(fixtures.org("赤峰市").id()))
                .param("roles", "UNIT")
                .param("password", ""));
        assertThat(created.getContentAsString()).contains("已创建用户 " + username);
        String issued = issuedPassword(created);
        assertThat(requests.perform(get("/admin/users").cookie(adminSession)).getContentAsString())
                .contains(username, "待改密码");

        Cookie session = requests.signIn(username, issued);
        assertThat(requests.perform(get("/").cookie(session)).getRedirectedUrl())
                .isEqualTo("/account?mustChange");
        assertThat(users.login(username).orElseThrow().mustChangePassword()).isTrue();

        MvcResult refused = mvc.perform(post("/admin/users")
                        .cookie(adminSession)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "重名")
                        .param(
                                "organisationId",
                                String.valueOf(fixtures.org("赤峰市").id()))
                        .param("roles", "UNIT")
                        .param("password", "另一个-初始密码-4410"))
                .andReturn();
        assertThat(refused.getFlashMap().get("error").toString()).contains("用户名已存在");
    }

    @Test
    void eachRoleLandsOnItsPageAndThoseWhoDoNotReportAreNotShownReportForms() throws Exception {
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        Actor leader = fixtures.actor("内蒙古自治区", Role.LEADER);
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Cookie unitSession = requests.signIn(unit.user().username(), password(unit));
        Cookie leaderSession = requests.signIn(leader.user().username(), password(leader));
        Cookie adminSession = requests.signIn(admin.user().username(), password(admin));

        assertThat(requests.perform(get("/").cookie(unitSession)).getRedirectedUrl())
                .isEqualTo("/my");
        assertThat(requests.perform(get("/").cookie(leaderSession)).getRedirectedUrl())
                .isEqualTo("/dashboard");
        assertThat(requests.perform(get("/").cookie(adminSession)).getRedirectedUrl())
                .isEqualTo("/admin/users");
        assertThat(requests.perform(get("/my").cookie(leaderSession)).getRedirectedUrl())
                .isEqualTo("/");
        assertThat(requests.perform(get("/my").cookie(adminSession)).getRedirectedUrl())
                .isEqualTo("/");
        assertThat(requests.perform(get("/my").cookie(unitSession)).getStatus()).isEqualTo(200);

        String adminMenu =
                requests.perform(get("/admin/users").cookie(adminSession)).getContentAsString();
        assertThat(adminMenu).contains("href=\"/admin/organisations\"", "href=\"/admin/audit\"");
        assertThat(adminMenu).doesNotContain("href=\"/cycles\"", "href=\"/imports\"", "href=\"/review\"");
    }

    @Test
    void onlyTheAdministratorReachesItsPagesAndOnlyTheRootsReadsTheAuditTrail() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor cityAdmin = fixtures.actor("赤峰市", Role.ADMIN);
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Cookie officeSession = requests.signIn(office.user().username(), password(office));
        Cookie citySession = requests.signIn(cityAdmin.user().username(), password(cityAdmin));
        Cookie adminSession = requests.signIn(admin.user().username(), password(admin));
        for (String page : new String[] {"/admin/users", "/admin/organisations", "/admin/audit"}) {
            assertThat(requests.perform(get(page).cookie(officeSession)).getStatus())
                    .as(page)
                    .isEqualTo(403);
            assertThat(requests.perform(get(page).cookie(adminSession)).getStatus())
                    .as(page)
                    .isEqualTo(200);
        }
        assertThat(requests.perform(post("/admin/users/" + admin.user().id() + "/reset-password")
                                .cookie(officeSession)
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.perform(get("/admin/audit").cookie(citySession)).getStatus())
                .isEqualTo(403);
        assertThat(requests.perform(get("/admin/users/" + admin.user().id()).cookie(citySession))
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.perform(get("/admin/audit?verify=true").cookie(adminSession))
                        .getContentAsString())
                .contains("id=\"verification\"");
    }
}
