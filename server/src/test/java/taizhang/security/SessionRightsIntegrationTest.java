package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the administrator changes about a user holds from that user's next request, in every
 * session (kept in the database, so on every node) and for every token; tokens end, and their
 * owner (or the administrator) lists and revokes them.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SessionRightsIntegrationTest {

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

    private static String password(Actor actor) {
        return "password-" + actor.user().username();
    }

    private MockHttpServletResponse createCampaign(MockHttpServletRequestBuilder request) throws Exception {
        return requests.perform(request.contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"权限变更-" + UUID.randomUUID() + "\"}"));
    }

    @Test
    void aDisabledUserIsOutOnItsNextRequestInEverySessionAndToken() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("通辽市", Role.OFFICE);
        Cookie first = requests.signIn(office.user().username(), password(office));
        Cookie second = requests.signIn(office.user().username(), password(office));
        assertThat(requests.perform(get("/api/v1/me").cookie(first)).getStatus())
                .isEqualTo(200);
        assertThat(requests.perform(get("/ledger").cookie(second)).getStatus()).isEqualTo(200);

        assertThat(requests.perform(post("/api/v1/users/" + office.user().id() + "/disable")
                                .header("Authorization", admin.bearer()))
                        .getStatus())
                .isEqualTo(200);

        assertThat(requests.perform(get("/api/v1/me").cookie(first)).getStatus())
                .isEqualTo(401);
        MockHttpServletResponse page =
                requests.perform(get("/ledger").cookie(second).accept(MediaType.TEXT_HTML));
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", office.bearer()))
                        .getStatus())
                .isEqualTo(401);
        assertThat(requests.signInAttempt(office.user().username(), password(office), "127.0.0.1")
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login?error");

        requests.perform(
                post("/api/v1/users/" + office.user().id() + "/enable").header("Authorization", admin.bearer()));
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", office.bearer()))
                        .getStatus())
                .isEqualTo(200);
        // The ended sessions stay ended: enabling again asks for a new sign-in.
        assertThat(requests.perform(get("/api/v1/me").cookie(first)).getStatus())
                .isEqualTo(401);
    }

    @Test
    void aDemotedOfficeUserCanNoLongerEditTheLedgerInItsOpenSession() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("通辽市", Role.OFFICE);
        Cookie session = requests.signIn(office.user().username(), password(office));
        assertThat(createCampaign(post("/api/v1/campaigns").cookie(session).with(csrf()))
                        .getStatus())
                .isEqualTo(201);

        assertThat(requests.perform(put("/api/v1/users/" + office.user().id() + "/roles")
                                .header("Authorization", admin.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"roles\":[\"LEADER\"]}"))
                        .getStatus())
                .isEqualTo(200);

        assertThat(createCampaign(post("/api/v1/campaigns").cookie(session).with(csrf()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(createCampaign(post("/api/v1/campaigns").header("Authorization", office.bearer()))
                        .getStatus())
                .isEqualTo(403);
        JsonNode me = json.readTree(
                requests.perform(get("/api/v1/me").cookie(session)).getContentAsString());
        assertThat(me.get("roles").toString()).contains("LEADER").doesNotContain("OFFICE");
    }

    @Test
    void aMovedUserActsForItsNewOrganisationFromItsNextRequest() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        Cookie session = requests.signIn(unit.user().username(), password(unit));
        long chifeng = fixtures.org("赤峰市").id();

        assertThat(requests.perform(put("/api/v1/users/" + unit.user().id() + "/organisation")
                                .header("Authorization", admin.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"organisationId\":" + chifeng + "}"))
                        .getStatus())
                .isEqualTo(200);

        for (var request : new MockHttpServletRequestBuilder[] {
            get("/api/v1/me").cookie(session), get("/api/v1/me").header("Authorization", unit.bearer())
        }) {
            JsonNode me = json.readTree(requests.perform(request).getContentAsString());
            assertThat(me.get("organisationId").asLong()).isEqualTo(chifeng);
        }
    }

    @Test
    void anAdministratorManagesOnlyUsersOfItsSubtreeAndNotItself() throws Exception {
        Actor chifengAdmin = fixtures.actor("赤峰市", Role.ADMIN);
        Actor tongliaoUnit = fixtures.actor("通辽市", Role.UNIT);
        Actor office = fixtures.actor("赤峰市", Role.OFFICE);
        assertThat(requests.perform(post("/api/v1/users/" + tongliaoUnit.user().id() + "/disable")
                                .header("Authorization", chifengAdmin.bearer()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.perform(post("/api/v1/users/" + chifengAdmin.user().id() + "/disable")
                                .header("Authorization", chifengAdmin.bearer()))
                        .getStatus())
                .isEqualTo(400);
        assertThat(requests.perform(post("/api/v1/users/" + tongliaoUnit.user().id() + "/disable")
                                .header("Authorization", office.bearer()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", tongliaoUnit.bearer()))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void tokensEndAfterTheDefaultOrAskedDaysAndNeverAfterTheTokenThatMadeThem() throws Exception {
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        JsonNode byDefault = issue(unit.bearer(), "{\"name\":\"默认\"}");
        assertThat(Duration.between(
                        Instant.now(), Instant.parse(byDefault.get("expiresAt").asText())))
                .isBetween(Duration.ofDays(89), Duration.ofDays(90));
        assertThat(requests.perform(post("/api/v1/me/tokens")
                                .header("Authorization", unit.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"太长\",\"validDays\":100000}"))
                        .getStatus())
                .isEqualTo(400);

        JsonNode oneDay = issue(unit.bearer(), "{\"name\":\"一天\",\"validDays\":1}");
        JsonNode minted = issue("Bearer " + oneDay.get("token").asText(), "{\"name\":\"衍生\",\"validDays\":365}");
        assertThat(minted.get("expiresAt").asText())
                .isEqualTo(oneDay.get("expiresAt").asText());

        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", java.time.OffsetDateTime.now().minusMinutes(1))
                .param("id", oneDay.get("id").asLong())
                .update();
        assertThat(requests.perform(get("/api/v1/me")
                                .header(
                                        "Authorization",
                                        "Bearer " + oneDay.get("token").asText()))
                        .getStatus())
                .isEqualTo(401);
        JsonNode listed =
                json.readTree(requests.perform(get("/api/v1/me/tokens").header("Authorization", unit.bearer()))
                        .getContentAsString());
        assertThat(listed.toString()).contains("\"EXPIRED\"").doesNotContain("tz_");
    }

    @Test
    void ownersAndTheirAdministratorRevokeTokensAndNobodyElse() throws Exception {
        Actor admin = fixtures.actor("通辽市", Role.ADMIN);
        Actor unit = fixtures.actor("科尔沁区", Role.UNIT);
        Actor other = fixtures.actor("赤峰市", Role.UNIT);
        JsonNode spare = issue(unit.bearer(), "{\"name\":\"脚本\"}");
        String spareBearer = "Bearer " + spare.get("token").asText();
        long spareId = spare.get("id").asLong();

        assertThat(requests.perform(delete("/api/v1/me/tokens/" + spareId).header("Authorization", other.bearer()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.perform(delete("/api/v1/users/" + unit.user().id() + "/tokens/" + spareId)
                                .header("Authorization", other.bearer()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", spareBearer))
                        .getStatus())
                .isEqualTo(200);

        assertThat(requests.perform(delete("/api/v1/me/tokens/" + spareId).header("Authorization", unit.bearer()))
                        .getStatus())
                .isEqualTo(204);
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", spareBearer))
                        .getStatus())
                .isEqualTo(401);

        JsonNode tokens = json.readTree(requests.perform(
                        get("/api/v1/users/" + unit.user().id() + "/tokens").header("Authorization", admin.bearer()))
                .getContentAsString());
        assertThat(tokens).hasSize(2);
        long fixtureToken = tokens.findValues("id").stream()
                .mapToLong(JsonNode::asLong)
                .filter(id -> id != spareId)
                .findFirst()
                .orElseThrow();
        assertThat(requests.perform(delete("/api/v1/users/" + unit.user().id() + "/tokens/" + fixtureToken)
                                .header("Authorization", admin.bearer()))
                        .getStatus())
                .isEqualTo(204);
        assertThat(requests.perform(get("/api/v1/me").header("Authorization", unit.bearer()))
                        .getStatus())
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'token.revoke' and object_id in (:ids)")
                        .param("ids", java.util.List.of(spareId, fixtureToken))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private JsonNode issue(String bearer, String body) throws Exception {
        MockHttpServletResponse response = requests.perform(post("/api/v1/me/tokens")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }
}
