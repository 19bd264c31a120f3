package taizhang.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.cycle.CycleReminders;
import taizhang.cycle.CycleService;
import taizhang.cycle.RemindTarget;
import taizhang.extension.ExtensionService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox through the API: what the office does reaches the users of the unit concerned, newest
 * first, and nobody else; each user marks only their own notifications read.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class NotificationApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    JsonMapper json;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    CycleService cycles;

    @Autowired
    CycleReminders reminders;

    @Autowired
    ExtensionService extensions;

    Actor office;
    Actor hongshan;
    Actor hongshanColleague;
    Actor horqin;
    long campaign;
    long problem;

    @BeforeEach
    void unitsAndACampaign() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        hongshan = fixtures.actor("红山区", Role.UNIT);
        hongshanColleague = fixtures.actor("红山区", Role.UNIT);
        horqin = fixtures.actor("科尔沁区", Role.UNIT);
        campaign = ledger.campaign(office.user()).id();
        problem = ledger.problem(office.user(), campaign).id();
    }

    @Test
    void aReturnedReportReachesEveryUserOfTheUnitWithItsReasonAndNobodyElse() throws Exception {
        Measure measure = ledger.measure(
                office.user(), problem, "整治城区黑臭水体", hongshan.user().organisationId(), List.of(), null, null);
        JsonNode report = send(
                hongshan,
                HttpMethod.POST,
                "/api/v1/measures/" + measure.id() + "/reports",
                "{\"period\":\"" + YearMonth.now() + "\",\"body\":\"已完成清淤\",\"claimedStatus\":\"IN_PROGRESS\","
                        + "\"submit\":true}");
        send(
                office,
                HttpMethod.POST,
                "/api/v1/reports/" + report.get("id").asLong() + "/return",
                "{\"version\":" + report.get("version").asInt() + ",\"reason\":\"缺少清淤前后对比照片\"}");

        for (Actor user : List.of(hongshan, hongshanColleague)) {
            JsonNode inbox = send(user, HttpMethod.GET, "/api/v1/me/notifications", null);
            JsonNode newest = inbox.get(0);
            assertThat(newest.get("kind").asString()).isEqualTo("REPORT_RETURNED");
            assertThat(newest.get("text").asString()).contains("红山区", "整治城区黑臭水体", "缺少清淤前后对比照片");
            assertThat(newest.get("link").asString()).isEqualTo("/my");
            assertThat(newest.get("read").asBoolean()).isFalse();
            assertThat(newest.get("createdAt").asString()).isNotBlank();
            assertThat(kinds(inbox))
                    .as("newest first: the assignment came before the return")
                    .containsExactly("REPORT_RETURNED", "MEASURE_ASSIGNED");
        }
        assertThat(send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null))
                .isEmpty();
        assertThat(send(office, HttpMethod.GET, "/api/v1/me/notifications", null))
                .isEmpty();
    }

    @Test
    void anAcceptedReportReachesTheUnitAndNobodyElse() throws Exception {
        Measure measure = ledger.measure(
                office.user(), problem, "推进农村厕所改造", hongshan.user().organisationId(), List.of(), null, null);
        JsonNode report = send(
                hongshan,
                HttpMethod.POST,
                "/api/v1/measures/" + measure.id() + "/reports",
                "{\"period\":\"" + YearMonth.now() + "\",\"body\":\"完成改厕120户\",\"claimedStatus\":\"IN_PROGRESS\","
                        + "\"submit\":true}");
        send(
                office,
                HttpMethod.POST,
                "/api/v1/reports/" + report.get("id").asLong() + "/accept",
                "{\"version\":" + report.get("version").asInt() + "}");

        JsonNode newest =
                send(hongshan, HttpMethod.GET, "/api/v1/me/notifications", null).get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("REPORT_ACCEPTED");
        assertThat(newest.get("text").asString()).contains("推进农村厕所改造");
        assertThat(kinds(send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null)))
                .doesNotContain("REPORT_ACCEPTED");
    }

    @Test
    void aUserMarksOnlyTheirOwnNotificationsRead() throws Exception {
        ledger.measure(office.user(), problem, hongshan.user().organisationId());
        long mine = send(hongshan, HttpMethod.GET, "/api/v1/me/notifications", null)
                .get(0)
                .get("id")
                .asLong();
        long colleagues = send(hongshanColleague, HttpMethod.GET, "/api/v1/me/notifications", null)
                .get(0)
                .get("id")
                .asLong();

        MockHttpServletResponse refused =
                requests.send(hongshan, HttpMethod.POST, "/api/v1/me/notifications/" + colleagues + "/read", null);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(requests.send(horqin, HttpMethod.POST, "/api/v1/me/notifications/" + mine + "/read", null)
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.send(hongshan, HttpMethod.POST, "/api/v1/me/notifications/999999999/read", null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(unread(hongshanColleague)).as("a refusal changes nothing").isEqualTo(1);

        assertThat(send(hongshan, HttpMethod.POST, "/api/v1/me/notifications/" + mine + "/read", null)
                        .get("read")
                        .asBoolean())
                .isTrue();
        assertThat(unread(hongshan)).isZero();
        assertThat(unread(hongshanColleague)).as("read marks are per user").isEqualTo(1);
        assertThat(send(hongshanColleague, HttpMethod.POST, "/api/v1/me/notifications/read-all", null)
                        .get("marked")
                        .asInt())
                .isEqualTo(1);
        assertThat(send(hongshanColleague, HttpMethod.GET, "/api/v1/me/notifications?unread=true", null))
                .isEmpty();
    }

    @Test
    void assignmentCycleOpeningAndRemindersReachTheUnitsConcerned() throws Exception {
        Measure measure = ledger.measure(
                office.user(),
                problem,
                "规范牧区草场承包",
                horqin.user().organisationId(),
                List.of(hongshan.user().organisationId()),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        assertThat(texts(horqin)).anySatisfy(t -> assertThat(t).contains("科尔沁区", "规范牧区草场承包", "牵头"));
        assertThat(texts(hongshan)).anySatisfy(t -> assertThat(t).contains("红山区", "规范牧区草场承包", "配合"));

        measures.assign(
                office.user(),
                measure.id(),
                measure.version(),
                new MeasureService.Assignment(
                        horqin.user().organisationId(),
                        List.of(hongshan.user().organisationId()),
                        "新负责人",
                        LocalDate.of(2099, 7, 30),
                        MeasureType.DEADLINE));
        assertThat(kinds(send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null)))
                .as("a new deadline tells no unit it has a new measure")
                .containsExactly("MEASURE_ASSIGNED");

        String period = YearMonth.now().toString();
        cycles.open(office.user(), campaign, period, LocalDate.now().plusDays(10), Set.of(), Set.of());
        assertThat(send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null)
                        .get(0)
                        .get("text")
                        .asString())
                .contains("科尔沁区", "调度已开启", "1 项措施");
        assertThat(kinds(send(hongshan, HttpMethod.GET, "/api/v1/me/notifications", null)))
                .as("a co-unit does not owe the cycle's report")
                .doesNotContain("CYCLE_OPENED");

        reminders.remind(office.user(), campaign, period, RemindTarget.ALL, null);
        JsonNode reminded =
                send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null).get(0);
        assertThat(reminded.get("kind").asString()).isEqualTo("REMINDED");
        assertThat(reminded.get("text").asString()).contains("科尔沁区", "整改办催报", "尚有 1 项措施未报送");
    }

    @Test
    void anExtensionDecisionReachesTheUnitThatAskedOnce() throws Exception {
        Measure measure = ledger.measure(office.user(), problem, horqin.user().organisationId());
        long request = extensions
                .ask(horqin.user(), measure.id(), null, LocalDate.of(2100, 6, 30), "汛期无法施工")
                .request()
                .id();
        extensions.refuse(office.user(), request, "材料不全");
        assertThat(kinds(send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null)))
                .containsExactly("EXTENSION_DECIDED", "MEASURE_ASSIGNED");
        assertThat(send(horqin, HttpMethod.GET, "/api/v1/me/notifications", null)
                        .get(0)
                        .get("text")
                        .asString())
                .contains(measure.title(), "未获批准", "材料不全");
    }

    @Test
    void settingsKeepAnAddressAndTheOptOutAndRefuseABadAddress() throws Exception {
        assertThat(send(hongshan, HttpMethod.GET, "/api/v1/me/settings", null)
                        .get("emailNotifications")
                        .asBoolean())
                .isTrue();
        JsonNode saved = send(
                hongshan,
                HttpMethod.PUT,
                "/api/v1/me/settings",
                "{\"email\":\"hongshan@example.org\",\"emailNotifications\":false}");
        assertThat(saved.get("email").asString()).isEqualTo("hongshan@example.org");
        assertThat(saved.get("emailNotifications").asBoolean()).isFalse();
        MockHttpServletResponse bad = requests.send(
                hongshan, HttpMethod.PUT, "/api/v1/me/settings", "{\"email\":\"不是邮箱\",\"emailNotifications\":true}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(send(hongshan, HttpMethod.GET, "/api/v1/me/settings", null)
                        .get("email")
                        .asString())
                .as("a refused change changes nothing")
                .isEqualTo("hongshan@example.org");
    }

    @Test
    void theInboxRoutesAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/api/v1/openapi"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("paths");
        assertThat(paths.get("/api/v1/me/notifications").has("get")).isTrue();
        assertThat(paths.get("/api/v1/me/notifications/{id}/read").has("post")).isTrue();
        assertThat(paths.get("/api/v1/me/notifications/read-all").has("post")).isTrue();
        assertThat(paths.get("/api/v1/me/notifications/unread-count").has("get"))
                .isTrue();
        assertThat(paths.get("/api/v1/me/settings").has("put")).isTrue();
    }

    private int unread(Actor user) throws Exception {
        return send(user, HttpMethod.GET, "/api/v1/me/notifications/unread-count", null)
                .get("unread")
                .asInt();
    }

    private List<String> texts(Actor user) throws Exception {
        List<String> texts = new ArrayList<>();
        send(user, HttpMethod.GET, "/api/v1/me/notifications", null)
                .forEach(n -> texts.add(n.get("text").asString()));
        return texts;
    }

    private static List<String> kinds(JsonNode inbox) {
        List<String> kinds = new ArrayList<>();
        inbox.forEach(n -> kinds.add(n.get("kind").asString()));
        return kinds;
    }

    private JsonNode send(Actor actor, HttpMethod method, String path, String body) throws Exception {
        MockHttpServletResponse response = requests.send(actor, method, path, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
        return json.readTree(response.getContentAsString());
    }
}
