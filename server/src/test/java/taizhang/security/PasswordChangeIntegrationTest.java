package taizhang.security;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every user changes their own password ({@code POST /api/v1/me/password}): the old one stops
 * working at once and the user's other sessions end; the new one must pass the policy; a
 * password an administrator set is replaced at the first sign-in before anything else.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeIntegrationTest {

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

    private MockHttpServletResponse change(MockHttpServletRequestBuilder request, String current, String next)
            throws Exception {
        return requests.perform(request.contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("currentPassword", current, "newPassword", next))));
    }

    @Test
    void theOldPasswordAndTheOtherSessionsEndAtOnceWhileThisSessionGoesOn() throws Exception {
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        String username = unit.user().username();
        String old = "password-" + username;
        Cookie here = requests.signIn(username, old);
        Cookie elsewhere = requests.signIn(username, old);

        MockHttpServletResponse changed =
                change(post("/api/v1/me/password").cookie(here).with(csrf()), old, "整改台账-新密码-2026");
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(204);

        Cookie renewed = changed.getCookie("SESSION");
        assertThat(renewed)
                .as("a new session id for the session that changed it")
                .isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(here.getValue());
        assertThat(requests.perform(get("/api/v1/me").cookie(renewed)).getStatus())
                .isEqualTo(200);
        assertThat(requests.perform(get("/api/v1/me").cookie(elsewhere)).getStatus())
                .isEqualTo(401);
        assertThat(requests.signInAttempt(username, old, "127.0.0.1")
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login?error");
        requests.signIn(username, "整改台账-新密码-2026");
        // Tokens are the user's own and stay valid.
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", unit.bearer()))
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.password' and object_id = :id")
                        .param("id", unit.user().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select after_json from audit_event where action = 'user.password' and object_id = :id")
                        .param("id", unit.user().id())
                        .query(String.class)
                        .single())
                .doesNotContain("新密码");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedWith400() throws Exception {
        Actor office = fixtures.actor("赤峰市", Role.OFFICE);
        String username = office.user().username();
        String current = "password-" + username;
        var bearer = post("/api/v1/me/password").header("Authorization", office.bearer());
        assertThat(change(bearer, "not-the-password", "整改台账-新密码-2026").getStatus())
                .isEqualTo(400);
        for (String weak : new String[] {
            "short1",
            "Password2024!",
            "1234567890",
            "aaaaaaaaaaaa",
            "x" + username + "x",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
        }) {
            MockHttpServletResponse refused =
                    change(post("/api/v1/me/password").header("Authorization", office.bearer()), current, weak);
            assertThat(refused.getStatus()).as(weak).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(weak).contains("密码");
        }
        assertThat(change(post("/api/v1/me/password").header("Authorization", office.bearer()), current, current)
                        .getStatus())
                .isEqualTo(400);
        requests.signIn(username, current);
    }

    @Test
    void aPasswordTheAdministratorSetIsReplacedAtTheFirstSignInBeforeAnythingElse() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        String given = "管理员设置-初始-9137";
        MockHttpServletResponse created = requests.perform(post("/api/v1/users")
                .header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"displayName\":\"新用户\",\"organisationId\":"
                        + fixtures.org("通辽市").id() + ",\"roles\":[\"UNIT\"],\"password\":\"" + given + "\"}"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);

        Cookie session = requests.signIn(username, given);
        assertThat(requests.perform(get("/my").cookie(session).accept(MediaType.TEXT_HTML))
                        .getRedirectedUrl())
                .endsWith("/account?mustChange");
        assertThat(requests.perform(get("/api/v1/measures").cookie(session)).getStatus())
                .isEqualTo(403);
        String account = requests.perform(get("/account").cookie(session)).getContentAsString();
        assertThat(account).contains("id=\"must-change\"");

        MockHttpServletResponse form = requests.perform(post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", given)
                .param("newPassword", "我自己的-新密码-5521")
                .param("confirmPassword", "我自己的-新密码-5521"));
        assertThat(form.getContentAsString()).contains("id=\"account-message\"");
        Cookie renewed = form.getCookie("SESSION");
        assertThat(requests.perform(get("/my").cookie(renewed).accept(MediaType.TEXT_HTML))
                        .getStatus())
                .isEqualTo(200);
        assertThat(requests.perform(get("/api/v1/measures").cookie(renewed)).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theAccountPageSaysWhyAChangeWasRefused() throws Exception {
        Actor leader = fixtures.actor("内蒙古自治区", Role.LEADER);
        String username = leader.user().username();
        Cookie session = requests.signIn(username, "password-" + username);
        MockHttpServletResponse page = requests.perform(post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", "password-" + username)
                .param("newPassword", "我自己的-新密码-5521")
                .param("confirmPassword", "我自己的-新密码-5522"));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("id=\"account-error\"").contains("两次输入的新密码不一致");
    }
}
