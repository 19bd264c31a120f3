package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see and change what, through the API. The objects belong to 通辽市 (its office owns
 * the campaign, 科尔沁区 below it leads the measure and reports on it); 赤峰市's users try
 * every read and write on them and must get 404 (read) or 403/404 (write) — and afterwards
 * every object reads exactly as before and the audit trail has not grown.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIntegrationTest {

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

    Actor regionAdmin;
    Actor tongliaoOffice;
    Actor horqinUnit;
    Actor tongliaoLeader;
    Actor tongliaoSupervisor;
    Actor chifengUnit;
    Actor chifengOffice;
    Actor chifengAdmin;
    long tongliao;
    long horqin;
    long chifeng;
    long campaign;
    long problem;
    long measure;
    long indicator;
    long report;
    int reportVersion;

    @BeforeAll
    void tongliaosLedger() throws Exception {
        regionAdmin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        tongliaoOffice = fixtures.actor("通辽市", Role.OFFICE);
        horqinUnit = fixtures.actor("科尔沁区", Role.UNIT);
        tongliaoLeader = fixtures.actor("通辽市", Role.LEADER);
        tongliaoSupervisor = fixtures.actor("通辽市", Role.SUPERVISOR);
        chifengUnit = fixtures.actor("赤峰市", Role.UNIT);
        chifengOffice = fixtures.actor("赤峰市", Role.OFFICE);
        chifengAdmin = fixtures.actor("赤峰市", Role.ADMIN, Role.OFFICE);
        tongliao = fixtures.org("通辽市").id();
        horqin = fixtures.org("科尔沁区").id();
        chifeng = fixtures.org("赤峰市").id();
        campaign = created(tongliaoOffice, "/api/v1/campaigns", "{\"name\":\"通辽市专项整改-" + UUID.randomUUID() + "\"}");
        created(tongliaoOffice, "/api/v1/campaigns/" + campaign + "/sections", "{\"label\":\"（一）\",\"title\":\"分组\"}");
        problem = created(
                tongliaoOffice, "/api/v1/campaigns/" + campaign + "/problems", "{\"number\":1,\"title\":\"通辽机密问题\"}");
        measure = created(
                tongliaoOffice,
                "/api/v1/problems/" + problem + "/measures",
                "{\"title\":\"通辽机密措施\",\"leadOrgId\":" + horqin + ",\"deadline\":\"2099-12-31\"}");
        indicator = created(
                tongliaoOffice,
                "/api/v1/measures/" + measure + "/indicators",
                "{\"name\":\"通辽机密指标\",\"unit\":\"个\",\"target\":100}");
        created(
                tongliaoOffice,
                "/api/v1/indicators/" + indicator + "/readings",
                "{\"period\":\"2021-06\",\"value\":10}");
        JsonNode submitted = body(requests.send(
                horqinUnit,
                HttpMethod.POST,
                "/api/v1/measures/" + measure + "/reports",
                "{\"period\":\"" + java.time.YearMonth.now()
                        + "\",\"body\":\"通辽机密进展\",\"claimedStatus\":\"IN_PROGRESS\",\"submit\":true,"
                        + "\"figures\":[{\"indicatorId\":" + indicator + ",\"value\":20}]}"));
        report = submitted.get("id").asLong();
        reportVersion = submitted.get("version").asInt();
    }

    // ---------------------------------------------------------------- requests

    private MockHttpServletResponse read(Actor actor, String path) throws Exception {
        return requests.send(actor, HttpMethod.GET, path, null);
    }

    private long created(Actor actor, String path, String body) throws Exception {
        MockHttpServletResponse response = requests.send(actor, HttpMethod.POST, path, body);
        assertThat(response.getStatus())
                .as(path + " " + response.getContentAsString())
                .isEqualTo(201);
        return body(response).get("id").asLong();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private long auditHead() {
        return jdbc.sql("select last_seq from audit_chain_head where id = 1")
                .query(Long.class)
                .single();
    }

    /** Everything the owner can read about its objects, as JSON text. */
    private Map<String, String> ownersView() throws Exception {
        Map<String, String> view = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/v1/campaigns/" + campaign,
                "/api/v1/campaigns/" + campaign + "/sections",
                "/api/v1/campaigns/" + campaign + "/problems",
                "/api/v1/problems/" + problem,
                "/api/v1/measures/" + measure,
                "/api/v1/measures/" + measure + "/reports",
                "/api/v1/measures/" + measure + "/indicators",
                "/api/v1/reports/" + report,
                "/api/v1/indicators/" + indicator,
                "/api/v1/organisations/" + horqin,
                "/api/v1/measures?campaignId=" + campaign)) {
            MockHttpServletResponse response = read(tongliaoOffice, path);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            view.put(path, response.getContentAsString());
        }
        view.put("users", read(regionAdmin, "/api/v1/users").getContentAsString());
        return view;
    }

    private void assertRead404(Actor actor, String path) throws Exception {
        MockHttpServletResponse response = read(actor, path);
        assertThat(response.getStatus()).as("GET " + path).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).doesNotContain("通辽机密");
    }

    private void assertWriteRefused(Actor actor, HttpMethod method, String path, String body) throws Exception {
        MockHttpServletResponse response = requests.send(actor, method, path, body);
        assertThat(response.getStatus())
                .as(method + " " + path + " " + response.getContentAsString())
                .isIn(403, 404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).doesNotContain("通辽机密");
    }

    private void assertForbidden(Actor actor, HttpMethod method, String path, String body) throws Exception {
        MockHttpServletResponse response = requests.send(actor, method, path, body);
        assertThat(response.getStatus())
                .as(method + " " + path + " " + response.getContentAsString())
                .isEqualTo(403);
    }

    /** Runs the attempts, then proves that nothing changed: same owner's view, no new audit event. */
    private void nothingChangesWhile(Attempts attempts) throws Exception {
        Map<String, String> before = ownersView();
        long auditBefore = auditHead();
        attempts.run();
        assertThat(ownersView()).isEqualTo(before);
        assertThat(auditHead()).as("audit events").isEqualTo(auditBefore);
    }

    interface Attempts {
        void run() throws Exception;
    }

    private List<Actor> outsiders() {
        return List.of(chifengUnit, chifengOffice, chifengAdmin);
    }

    private String measureVersion() throws Exception {
        return body(read(tongliaoOffice, "/api/v1/measures/" + measure))
                .get("version")
                .asText();
    }

    // ---------------------------------------------------------------- each kind of object

    @Test
    void organisationsOfAnotherSubtreeCannotBeReadOrChanged() throws Exception {
        nothingChangesWhile(() -> {
            for (Actor outsider : outsiders()) {
                assertRead404(outsider, "/api/v1/organisations/" + horqin);
                assertRead404(outsider, "/api/v1/organisations/" + tongliao);
                assertWriteRefused(
                        outsider,
                        HttpMethod.PUT,
                        "/api/v1/organisations/" + horqin,
                        "{\"name\":\"被改名\",\"kind\":\"COUNTY\"}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/organisations",
                        "{\"parentId\":" + tongliao + ",\"name\":\"被插入-" + UUID.randomUUID()
                                + "\",\"kind\":\"COUNTY\"}");
                JsonNode visible = body(read(outsider, "/api/v1/organisations"));
                assertThat(visible.findValuesAsString("name")).contains("赤峰市").doesNotContain("通辽市", "科尔沁区");
            }
        });
    }

    @Test
    void usersAreForAdministratorsOnly() throws Exception {
        String username = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        String newUser = "{\"username\":\"" + username + "\",\"displayName\":\"入侵者\",\"organisationId\":" + chifeng
                + ",\"roles\":[\"ADMIN\"],\"password\":\"0123456789abc\"}";
        nothingChangesWhile(() -> {
            for (Actor nonAdmin : List.of(chifengUnit, chifengOffice, tongliaoOffice, tongliaoLeader)) {
                assertForbidden(nonAdmin, HttpMethod.GET, "/api/v1/users", null);
                assertForbidden(nonAdmin, HttpMethod.POST, "/api/v1/users", newUser);
            }
            assertWriteRefused(
                    chifengAdmin,
                    HttpMethod.POST,
                    "/api/v1/users",
                    newUser.replace(":" + chifeng + ",", ":" + tongliao + ","));
        });
        assertThat(jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdministratorListsOnlyTheUsersOfItsSubtree() throws Exception {
        JsonNode users = body(read(chifengAdmin, "/api/v1/users"));
        List<String> names = users.findValuesAsString("username");
        assertThat(names)
                .contains(chifengUnit.user().username())
                .doesNotContain(
                        tongliaoOffice.user().username(), horqinUnit.user().username());
        List<String> rolesOfTheUnitUser = new java.util.ArrayList<>();
        for (JsonNode listed : users) {
            if (listed.get("username").asText().equals(chifengUnit.user().username())) {
                rolesOfTheUnitUser.add(listed.get("roles").toString());
            }
        }
        assertThat(rolesOfTheUnitUser).containsExactly("[\"UNIT\"]");
        assertThat(body(read(regionAdmin, "/api/v1/users")).findValuesAsString("username"))
                .contains(chifengUnit.user().username(), tongliaoOffice.user().username());
    }

    @Test
    void campaignsOfAnotherCityCannotBeReadOrChanged() throws Exception {
        nothingChangesWhile(() -> {
            for (Actor outsider : outsiders()) {
                assertRead404(outsider, "/api/v1/campaigns/" + campaign);
                assertRead404(outsider, "/api/v1/campaigns/" + campaign + "/sections");
                assertRead404(outsider, "/api/v1/campaigns/" + campaign + "/problems");
                assertThat(body(read(outsider, "/api/v1/campaigns")).findValues("id").stream()
                                .map(JsonNode::asLong))
                        .doesNotContain(campaign);
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/campaigns/" + campaign + "/sections",
                        "{\"label\":\"（二）\",\"title\":\"插入\"}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/campaigns/" + campaign + "/problems",
                        "{\"number\":2,\"title\":\"插入\"}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/campaigns",
                        "{\"name\":\"冒名任务\",\"ownerOrgId\":" + tongliao + "}");
            }
        });
    }

    @Test
    void problemsOfAnotherCityCannotBeReadOrChanged() throws Exception {
        nothingChangesWhile(() -> {
            for (Actor outsider : outsiders()) {
                assertRead404(outsider, "/api/v1/problems/" + problem);
                assertThat(body(read(outsider, "/api/v1/problems/" + problem))
                                .get("detail")
                                .asText())
                        .as("names the problem, not the hidden campaign")
                        .contains("问题 " + problem)
                        .doesNotContain("整改任务");
                assertWriteRefused(
                        outsider, HttpMethod.PUT, "/api/v1/problems/" + problem, "{\"version\":0,\"title\":\"被改\"}");
                assertWriteRefused(
                        outsider, HttpMethod.POST, "/api/v1/problems/" + problem + "/measures", "{\"title\":\"插入\"}");
            }
        });
    }

    @Test
    void measuresOfAnotherCityCannotBeReadOrChanged() throws Exception {
        String version = measureVersion();
        nothingChangesWhile(() -> {
            for (Actor outsider : outsiders()) {
                assertRead404(outsider, "/api/v1/measures/" + measure);
                assertWriteRefused(
                        outsider,
                        HttpMethod.PUT,
                        "/api/v1/measures/" + measure + "/assignment",
                        "{\"version\":" + version + ",\"leadOrgId\":" + chifeng + "}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/done",
                        "{\"version\":" + version + "}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/return",
                        "{\"version\":" + version + ",\"reason\":\"退回\"}");
                JsonNode page = body(read(outsider, "/api/v1/measures?campaignId=" + campaign));
                assertThat(page.get("items")).isEmpty();
            }
        });
    }

    @Test
    void progressReportsOfAnotherCityCannotBeReadOrChanged() throws Exception {
        nothingChangesWhile(() -> {
            for (Actor outsider : outsiders()) {
                assertRead404(outsider, "/api/v1/reports/" + report);
                assertRead404(outsider, "/api/v1/measures/" + measure + "/reports");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/reports",
                        "{\"period\":\"2021-09\",\"body\":\"冒名填报\",\"claimedStatus\":\"DONE\",\"submit\":true}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.PUT,
                        "/api/v1/reports/" + report,
                        "{\"version\":" + reportVersion + ",\"body\":\"被改\",\"claimedStatus\":\"DONE\"}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/reports/" + report + "/submit",
                        "{\"version\":" + reportVersion + "}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/reports/" + report + "/accept",
                        "{\"version\":" + reportVersion + "}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/reports/" + report + "/return",
                        "{\"version\":" + reportVersion + ",\"reason\":\"退回\"}");
            }
        });
    }

    @Test
    void indicatorsAndReadingsOfAnotherCityCannotBeReadOrChanged() throws Exception {
        nothingChangesWhile(() -> {
            for (Actor outsider : outsiders()) {
                assertRead404(outsider, "/api/v1/indicators/" + indicator);
                assertRead404(outsider, "/api/v1/measures/" + measure + "/indicators");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/indicators/" + indicator + "/readings",
                        "{\"period\":\"2021-09\",\"value\":99}");
                assertWriteRefused(
                        outsider,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/indicators",
                        "{\"name\":\"插入\",\"unit\":\"个\"}");
            }
        });
    }

    @Test
    void theAuditTrailIsClosedToEveryoneButTheRootsAdministrators() throws Exception {
        nothingChangesWhile(() -> {
            for (Actor someone : List.of(
                    chifengUnit, chifengOffice, tongliaoOffice, tongliaoLeader, tongliaoSupervisor, chifengAdmin)) {
                assertForbidden(someone, HttpMethod.GET, "/api/v1/audit/verify", null);
                MockHttpServletResponse events =
                        read(someone, "/api/v1/audit/events?objectType=measure&objectId=" + measure);
                assertThat(events.getStatus()).isEqualTo(403);
                assertThat(events.getContentAsString()).doesNotContain("通辽机密");
            }
        });
        assertThat(read(regionAdmin, "/api/v1/audit/verify").getStatus()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- roles inside the subtree

    @Test
    void leadersAndSupervisorsReadButNeverWrite() throws Exception {
        String version = measureVersion();
        nothingChangesWhile(() -> {
            for (Actor reader : List.of(tongliaoLeader, tongliaoSupervisor)) {
                assertThat(read(reader, "/api/v1/measures/" + measure).getStatus())
                        .isEqualTo(200);
                assertThat(read(reader, "/api/v1/reports/" + report).getStatus())
                        .isEqualTo(200);
                assertForbidden(reader, HttpMethod.POST, "/api/v1/campaigns", "{\"name\":\"领导建的任务\"}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/campaigns/" + campaign + "/problems",
                        "{\"number\":3,\"title\":\"插入\"}");
                assertForbidden(
                        reader, HttpMethod.PUT, "/api/v1/problems/" + problem, "{\"version\":0,\"title\":\"被改\"}");
                assertForbidden(
                        reader, HttpMethod.POST, "/api/v1/problems/" + problem + "/measures", "{\"title\":\"插入\"}");
                assertForbidden(
                        reader,
                        HttpMethod.PUT,
                        "/api/v1/measures/" + measure + "/assignment",
                        "{\"version\":" + version + ",\"leadOrgId\":" + tongliao + "}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/done",
                        "{\"version\":" + version + "}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/reports",
                        "{\"period\":\"2021-09\",\"body\":\"领导代填\",\"claimedStatus\":\"DONE\",\"submit\":true}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/reports/" + report + "/accept",
                        "{\"version\":" + reportVersion + "}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure + "/indicators",
                        "{\"name\":\"插入\",\"unit\":\"个\"}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/indicators/" + indicator + "/readings",
                        "{\"period\":\"2021-09\",\"value\":99}");
                assertForbidden(
                        reader,
                        HttpMethod.POST,
                        "/api/v1/organisations",
                        "{\"parentId\":" + tongliao + ",\"name\":\"插入\",\"kind\":\"COUNTY\"}");
            }
        });
    }

    @Test
    void aUnitReportsButDoesNotReviewOrAssign() throws Exception {
        String version = measureVersion();
        nothingChangesWhile(() -> {
            assertForbidden(
                    horqinUnit,
                    HttpMethod.POST,
                    "/api/v1/reports/" + report + "/accept",
                    "{\"version\":" + reportVersion + "}");
            assertForbidden(
                    horqinUnit,
                    HttpMethod.POST,
                    "/api/v1/reports/" + report + "/return",
                    "{\"version\":" + reportVersion + ",\"reason\":\"自己退回\"}");
            assertForbidden(
                    horqinUnit,
                    HttpMethod.PUT,
                    "/api/v1/measures/" + measure + "/assignment",
                    "{\"version\":" + version + ",\"leadOrgId\":" + horqin + "}");
            assertForbidden(
                    horqinUnit,
                    HttpMethod.POST,
                    "/api/v1/measures/" + measure + "/done",
                    "{\"version\":" + version + "}");
            assertForbidden(
                    horqinUnit,
                    HttpMethod.POST,
                    "/api/v1/indicators/" + indicator + "/readings",
                    "{\"period\":\"2021-09\",\"value\":99}");
        });
    }

    // ---------------------------------------------------------------- the ledger list

    @Test
    void aUnitListsItsOwnMeasuresAndThoseOfUnitsBelowItNeverAnothers() throws Exception {
        Actor regionOffice = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long shared = created(regionOffice, "/api/v1/campaigns", "{\"name\":\"全区任务-" + UUID.randomUUID() + "\"}");
        long sharedProblem =
                created(regionOffice, "/api/v1/campaigns/" + shared + "/problems", "{\"number\":1,\"title\":\"全区问题\"}");
        Map<String, Long> byLead = new LinkedHashMap<>();
        for (String lead : List.of("赤峰市", "红山区", "科尔沁区", "自治区党委")) {
            byLead.put(
                    lead,
                    created(
                            regionOffice,
                            "/api/v1/problems/" + sharedProblem + "/measures",
                            "{\"title\":\"" + lead + "牵头\",\"leadOrgId\":"
                                    + fixtures.org(lead).id() + "}"));
        }
        long coUnit = created(
                regionOffice,
                "/api/v1/problems/" + sharedProblem + "/measures",
                "{\"title\":\"通辽牵头赤峰配合\",\"leadOrgId\":" + tongliao + ",\"coUnitIds\":[" + chifeng + "]}");

        assertThat(listed(chifengUnit, shared)).containsExactly(byLead.get("赤峰市"), byLead.get("红山区"), coUnit);
        assertThat(listed(horqinUnit, shared)).containsExactly(byLead.get("科尔沁区"));
        assertThat(listed(fixtures.actor("通辽市", Role.UNIT), shared)).containsExactly(byLead.get("科尔沁区"), coUnit);
        assertThat(listed(regionOffice, shared)).hasSize(5);

        List<Long> everythingChifengSees = new ArrayList<>();
        JsonNode page = body(read(chifengUnit, "/api/v1/measures?sort=-id&size=200"));
        page.get("items")
                .forEach(item ->
                        everythingChifengSees.add(item.get("measure").get("id").asLong()));
        assertThat(everythingChifengSees)
                .contains(byLead.get("赤峰市"), byLead.get("红山区"), coUnit)
                .doesNotContain(byLead.get("科尔沁区"), byLead.get("自治区党委"), measure);
        assertThat(read(chifengUnit, "/api/v1/measures/" + byLead.get("红山区")).getStatus())
                .isEqualTo(200);
        assertThat(read(chifengUnit, "/api/v1/measures/" + coUnit).getStatus()).isEqualTo(200);
        assertThat(read(chifengUnit, "/api/v1/measures/" + byLead.get("科尔沁区")).getStatus())
                .isEqualTo(404);
    }

    private List<Long> listed(Actor actor, long campaignId) throws Exception {
        List<Long> ids = new ArrayList<>();
        JsonNode page = body(read(actor, "/api/v1/measures?campaignId=" + campaignId));
        page.get("items").forEach(item -> ids.add(item.get("measure").get("id").asLong()));
        return ids;
    }

    // ---------------------------------------------------------------- authentication and CSRF

    @Test
    void unauthenticatedApiCallsGet401ProblemJson() throws Exception {
        for (var request : List.of(
                get("/api/v1/measures"),
                get("/api/v1/measures/" + measure),
                post("/api/v1/campaigns")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"),
                get("/api/v1/measures").header("Authorization", "Bearer tz_not-a-real-token"))) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = body(response);
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("title").asText()).isNotBlank();
            assertThat(problem.get("detail").asText()).contains("Bearer");
        }
    }

    @Test
    void aSessionNeedsACsrfTokenToPostWhileABearerCallNeedsNone() throws Exception {
        Actor office = fixtures.actor("赤峰市", Role.OFFICE);
        MvcResult login = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", office.user().username())
                        .param("password", "password-" + office.user().username()))
                .andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        Cookie[] session = login.getResponse().getCookies();
        assertThat(session).isNotEmpty();
        long auditBefore = auditHead();

        String campaign = "{\"name\":\"会话任务-" + UUID.randomUUID() + "\"}";
        assertThat(mvc.perform(post("/api/v1/campaigns")
                                .cookie(session)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(campaign))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/logout").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(auditHead()).isEqualTo(auditBefore);

        // The same session with its token may post: the refusal above was the missing token.
        assertThat(mvc.perform(post("/api/v1/campaigns")
                                .cookie(session)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(campaign))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        assertThat(requests.send(office, HttpMethod.POST, "/api/v1/campaigns", campaign)
                        .getStatus())
                .isEqualTo(201);
    }
}
