package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every API error is RFC 9457 problem details a person can act on, naming the field at fault. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JsonMapper json;

    Actor office;
    Actor unit;
    long measure;

    @BeforeAll
    void measureOfTongliao() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("通辽市", Role.UNIT);
        long campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                        office.user(),
                        ledger.problem(office.user(), campaign).id(),
                        fixtures.org("通辽市").id())
                .id();
    }

    private JsonNode problem(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).startsWith("urn:taizhang:problem:");
        assertNoInternals(body);
        return problem;
    }

    private static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at taizhang.")
                .doesNotContain("at org.")
                .doesNotContain("java.")
                .doesNotContain("tools.jackson")
                .doesNotContain("org.springframework")
                .doesNotContain("SQL")
                .doesNotContain("trace");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private MockHttpServletRequestBuilder postJson(Actor actor, String path, String body) {
        return post(path)
                .header("Authorization", actor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void validationErrorsNameEachField() throws Exception {
        JsonNode problem = problem(postJson(office, "/api/v1/campaigns", "{\"name\":\"  \",\"reportYear\":1999}"), 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "reportYear");
        assertThat(problem.get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains("name").contains("reportYear");
    }

    @Test
    void nestedValidationErrorsNameThePath() throws Exception {
        JsonNode problem = problem(
                postJson(
                        unit,
                        "/api/v1/measures/" + measure + "/reports",
                        "{\"period\":\"2021-08\",\"body\":\"进展\",\"claimedStatus\":\"DONE\",\"figures\":[{\"indicatorId\":1}]}"),
                400);
        assertThat(fields(problem)).containsExactly("figures[0].value");
    }

    @Test
    void malformedJsonGets400WithAHumanMessage() throws Exception {
        JsonNode problem = problem(postJson(office, "/api/v1/campaigns", "{\"name\": \"未闭合"), 400);
        assertThat(problem.get("detail").asText()).contains("JSON");
    }

    @Test
    void aValueOfTheWrongTypeGets400() throws Exception {
        problem(postJson(office, "/api/v1/campaigns", "{\"name\":\"任务\",\"reportYear\":\"明年\"}"), 400);
        problem(
                postJson(
                        unit,
                        "/api/v1/measures/" + measure + "/reports",
                        "{\"period\":\"2021-08\",\"body\":\"进展\",\"claimedStatus\":\"ALMOST\"}"),
                400);
    }

    @Test
    void anUnknownSortGets400NamingSort() throws Exception {
        JsonNode problem = problem(
                get("/api/v1/measures").param("sort", "password").header("Authorization", office.bearer()), 400);
        assertThat(fields(problem)).containsExactly("sort");
        assertThat(problem.get("detail").asText()).contains("deadline");
    }

    @Test
    void aBadPeriodGets400NamingPeriod() throws Exception {
        JsonNode problem = problem(
                postJson(
                        unit,
                        "/api/v1/measures/" + measure + "/reports",
                        "{\"period\":\"2021-13\",\"body\":\"进展\",\"claimedStatus\":\"IN_PROGRESS\"}"),
                400);
        assertThat(fields(problem)).containsExactly("period");
        assertThat(problem.get("detail").asText()).contains("2021-13");
    }

    @Test
    void aBadPeriodOnAReadingGets400NamingPeriod() throws Exception {
        long indicatorId = json.readTree(mvc.perform(postJson(
                                office,
                                "/api/v1/measures/" + measure + "/indicators",
                                "{\"name\":\"宣讲场次\",\"unit\":\"场\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        JsonNode problem = problem(
                postJson(office, "/api/v1/indicators/" + indicatorId + "/readings", "{\"period\":\"8月\",\"value\":1}"),
                400);
        assertThat(fields(problem)).containsExactly("period");
    }

    @Test
    void aBadQueryParameterGets400NamingItAndWhatItShouldBe() throws Exception {
        JsonNode problem = problem(
                get("/api/v1/measures")
                        .param("status", "IN_PROGRESS", "COMPLETED")
                        .header("Authorization", office.bearer()),
                400);
        assertThat(fields(problem)).containsExactly("status");
        assertThat(problem.get("detail").asText()).isEqualTo("状态“COMPLETED”无效，可选：未启动、推进中、基本完成、已完成、已销号");
        problem = problem(
                get("/api/v1/measures").param("deadlineFrom", "2021-13-45").header("Authorization", office.bearer()),
                400);
        assertThat(fields(problem)).containsExactly("deadlineFrom");
        assertThat(problem.get("detail").asText()).isEqualTo("时限自“2021-13-45”无效，应为日期，格式如 2021-08-31");
        problem = problem(get("/api/v1/measures/abc").header("Authorization", office.bearer()), 400);
        assertThat(fields(problem)).containsExactly("id");
        assertThat(problem.get("detail").asText()).isEqualTo("编号“abc”无效，应为整数");
    }

    @Test
    void aMissingQueryParameterGets400NamingIt() throws Exception {
        long campaign = ledger.campaign(office.user()).id();
        JsonNode problem = problem(
                get("/api/v1/campaigns/" + campaign + "/cycle-changes")
                        .param("to", "2021-09")
                        .header("Authorization", office.bearer()),
                400);
        assertThat(fields(problem)).containsExactly("from");
        assertThat(problem.get("detail").asText()).isEqualTo("缺少起始日期");
    }

    @Test
    void aPageFarBeyondTheEndGets400NamingPageNotAServerError() throws Exception {
        JsonNode problem = problem(
                get("/api/v1/measures")
                        .param("page", String.valueOf(Integer.MAX_VALUE))
                        .param("size", "200")
                        .header("Authorization", office.bearer()),
                400);
        assertThat(fields(problem)).containsExactly("page");
    }

    @Test
    void anIllegalTransitionGets409WithTheRule() throws Exception {
        JsonNode problem = problem(postJson(office, "/api/v1/measures/" + measure + "/close", "{\"version\":0}"), 409);
        assertThat(problem.get("detail").asText()).contains("未启动").contains("销号");
    }

    @Test
    void unknownObjectsAndAddressesGet404() throws Exception {
        problem(get("/api/v1/measures/" + Long.MAX_VALUE).header("Authorization", office.bearer()), 404);
        problem(get("/api/v1/no-such-thing").header("Authorization", office.bearer()), 404);
    }

    @Test
    void anUnsupportedMethodGets405NotAServerError() throws Exception {
        problem(delete("/api/v1/measures/" + measure).header("Authorization", office.bearer()), 405);
    }

    @Test
    void anUnsupportedContentTypeGets415NotAServerError() throws Exception {
        problem(
                post("/api/v1/campaigns")
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("name=任务"),
                415);
    }

    @Test
    void aMissingBodyGets400() throws Exception {
        problem(
                post("/api/v1/campaigns")
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON),
                400);
    }
}
