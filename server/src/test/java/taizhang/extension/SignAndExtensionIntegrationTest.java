package taizhang.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.WarningLevel;
import taizhang.ledger.WarningService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 签收 and 申请延期 through the API and the pages, on a campaign of the region's office: 科尔沁区
 * (under 通辽市) leads the first measure with 红山区 (under 赤峰市) co-operating; 红山区 leads the second.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SignAndExtensionIntegrationTest {

    private static final LocalDate DEADLINE = LocalDate.of(2099, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2099, 12, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    WarningService warnings;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Actor office;
    Actor horqin;
    Actor hongshan;
    Actor tongliao;
    Actor chifengOffice;
    long campaign;
    long problem;
    Measure first;
    Measure second;

    @BeforeEach
    void campaignWithTwoMeasures() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        horqin = fixtures.actor("科尔沁区", Role.UNIT);
        hongshan = fixtures.actor("红山区", Role.UNIT);
        tongliao = fixtures.actor("通辽市", Role.UNIT);
        chifengOffice = fixtures.actor("赤峰市", Role.OFFICE);
        Campaign created = ledger.campaign(office.user());
        campaign = created.id();
        problem = ledger.problem(office.user(), campaign).id();
        first = ledger.measure(
                office.user(),
                problem,
                "第一项",
                fixtures.org("科尔沁区").id(),
                List.of(fixtures.org("红山区").id()),
                DEADLINE,
                MeasureType.DEADLINE);
        second = ledger.measure(office.user(), problem, fixtures.org("红山区").id());
    }

    @Test
    void eachAssignedUnitSignsForItsOwnPart() throws Exception {
        assertThat(states(office, first)).containsExactly("科尔沁区 牵头 未签收", "红山区 配合 未签收");
        assertThat(unsignedCount()).isEqualTo(2);
        assertThat(unsignedIds()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(body(requests.send(horqin, HttpMethod.GET, "/api/v1/me/awaiting-sign", null))
                        .valueStream()
                        .map(a -> a.get("measureId").asLong())
                        .toList())
                .contains(first.id())
                .doesNotContain(second.id());

        assertThat(requests.send(horqin, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", null)
                        .getStatus())
                .isEqualTo(200);
        assertThat(states(office, first)).containsExactly("科尔沁区 牵头 已签收", "红山区 配合 未签收");
        assertThat(unsignedIds()).as("the co-unit has not signed yet").contains(first.id());

        assertThat(requests.send(hongshan, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", "{}")
                        .getStatus())
                .isEqualTo(200);
        assertThat(unsignedIds()).containsExactly(second.id());
        assertThat(unsignedCount()).isEqualTo(1);
        assertThat(requests.send(horqin, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", null)
                        .getStatus())
                .as("signed already")
                .isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = :id and action = 'measure.sign'")
                        .param("id", first.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aUnitSignsOnlyItsOwnSubtreesParts() throws Exception {
        assertThat(requests.send(horqin, HttpMethod.POST, "/api/v1/measures/" + second.id() + "/sign", null)
                        .getStatus())
                .as("another unit's measure is not even visible")
                .isEqualTo(404);
        assertThat(requests.send(
                                hongshan,
                                HttpMethod.POST,
                                "/api/v1/measures/" + first.id() + "/sign",
                                "{\"orgId\":" + fixtures.org("科尔沁区").id() + "}")
                        .getStatus())
                .as("the co-unit cannot sign for the lead")
                .isEqualTo(409);
        assertThat(requests.send(chifengOffice, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", null)
                        .getStatus())
                .as("赤峰市 signs for 红山区 below it, not for 科尔沁区")
                .isEqualTo(200);
        assertThat(states(office, first)).containsExactly("科尔沁区 牵头 未签收", "红山区 配合 已签收");
        assertThat(requests.send(tongliao, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", null)
                        .getStatus())
                .as("a unit above signs for its subtree")
                .isEqualTo(200);
        assertThat(states(office, first)).containsExactly("科尔沁区 牵头 已签收", "红山区 配合 已签收");
    }

    @Test
    void aReassignmentAsksTheNewUnitToSignAgain() throws Exception {
        requests.send(horqin, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", null);
        Measure current = measures.get(office.user(), first.id());
        measures.assign(
                office.user(),
                first.id(),
                current.version(),
                new MeasureService.Assignment(
                        fixtures.org("扎鲁特旗").id(),
                        List.of(fixtures.org("红山区").id()),
                        null,
                        DEADLINE,
                        MeasureType.DEADLINE));
        assertThat(states(office, first)).containsExactly("扎鲁特旗 牵头 未签收", "红山区 配合 未签收");
        assertThat(requests.send(horqin, HttpMethod.POST, "/api/v1/measures/" + first.id() + "/sign", null)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anAssignmentUnsignedForThreeDaysTurnsTheMeasureYellow() {
        jdbc.sql("update measure_sign set assigned_at = assigned_at - interval '4' day where measure_id = :m")
                .param("m", second.id())
                .update();
        jdbc.sql("update measure set unsigned_since = unsigned_since - interval '4' day where id = :m")
                .param("m", second.id())
                .update();
        warnings.recomputeAll();
        assertThat(measures.get(office.user(), second.id()).warning()).isEqualTo(WarningLevel.YELLOW);
        assertThat(measures.get(office.user(), first.id()).warning()).isEqualTo(WarningLevel.GREEN);
    }

    @Test
    void aUnitAsksForALaterDeadlineAndTheOfficeApprovesIt() throws Exception {
        MockHttpServletResponse asked = ask(horqin, first, LATER, "资金尚未到位");
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
        long request = body(asked).get("request").get("id").asLong();
        assertThat(body(asked).get("request").get("status").asString()).isEqualTo("PENDING");
        assertThat(ask(horqin, first, LATER.plusDays(1), "再延").getStatus())
                .as("one pending request per measure and unit")
                .isEqualTo(409);
        assertThat(ask(hongshan, first, LATER, "配合单位也需要时间").getStatus())
                .as("the co-unit asks for its own part")
                .isEqualTo(201);
        assertThat(ask(horqin, first, DEADLINE, "不晚").getStatus()).isEqualTo(400);
        assertThat(ask(horqin, second, LATER, "别人的").getStatus()).isEqualTo(404);

        JsonNode pending = body(requests.send(
                office, HttpMethod.GET, "/api/v1/campaigns/" + campaign + "/extensions?status=PENDING", null));
        assertThat(pending.valueStream().map(v -> v.get("unit").asString()).toList())
                .containsExactly("科尔沁区", "红山区");

        assertThat(decide(horqin, request, "approve", null).getStatus())
                .as("a unit cannot decide")
                .isEqualTo(403);
        assertThat(decide(chifengOffice, request, "approve", null).getStatus())
                .as("an office that does not keep the campaign cannot decide")
                .isIn(403, 404);
        assertThat(decide(office, request, "refuse", "{\"reason\":\" \"}").getStatus())
                .as("a refusal needs a reason")
                .isEqualTo(400);

        MockHttpServletResponse approved = decide(office, request, "approve", "{\"reason\":\"同意\"}");
        assertThat(approved.getStatus()).as(approved.getContentAsString()).isEqualTo(200);
        JsonNode measure = body(requests.send(office, HttpMethod.GET, "/api/v1/measures/" + first.id(), null));
        assertThat(measure.get("deadline").asString()).isEqualTo(LATER.toString());
        assertThat(measure.get("originalDeadline").asString()).isEqualTo(DEADLINE.toString());
        assertThat(decide(office, request, "refuse", "{\"reason\":\"改主意\"}").getStatus())
                .as("decided once")
                .isEqualTo(409);

        assertThat(events.stream(ExtensionDecided.class)).singleElement().satisfies(e -> {
            assertThat(e.requestId()).isEqualTo(request);
            assertThat(e.approved()).isTrue();
            assertThat(e.deadline()).isEqualTo(LATER);
            assertThat(e.orgId()).isEqualTo(fixtures.org("科尔沁区").id());
        });
        assertThat(jdbc.sql("select action from audit_event where object_id = :id and action like 'extension.%'"
                                + " or object_id = :id and action = 'measure.extend' order by seq")
                        .param("id", first.id())
                        .query(String.class)
                        .list())
                .containsExactly("extension.ask", "extension.ask", "measure.extend", "extension.approve");
    }

    @Test
    void theOfficeRefusesWithAReasonAndTheCountsFeedTheAssessment() throws Exception {
        long asked = body(ask(horqin, first, LATER, "资金尚未到位"))
                .get("request")
                .get("id")
                .asLong();
        MockHttpServletResponse refused = decide(office, asked, "refuse", "{\"reason\":\"理由不充分\"}");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(body(refused).get("request").get("decisionReason").asString())
                .isEqualTo("理由不充分");
        assertThat(measures.get(office.user(), first.id()).deadline()).isEqualTo(DEADLINE);
        assertThat(measures.get(office.user(), first.id()).originalDeadline()).isNull();
        assertThat(events.stream(ExtensionDecided.class).map(ExtensionDecided::outcome))
                .containsExactly(ExtensionStatus.REFUSED);

        long again = body(ask(horqin, first, LATER, "补充了理由"))
                .get("request")
                .get("id")
                .asLong();
        decide(office, again, "approve", null);
        JsonNode counts = body(
                requests.send(office, HttpMethod.GET, "/api/v1/campaigns/" + campaign + "/extension-counts", null));
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).get("unit").asString()).isEqualTo("科尔沁区");
        assertThat(counts.get(0).get("requested").asInt()).isEqualTo(2);
        assertThat(counts.get(0).get("approved").asInt()).isEqualTo(1);
        assertThat(counts.get(0).get("refused").asInt()).isEqualTo(1);
        assertThat(body(requests.send(
                        hongshan, HttpMethod.GET, "/api/v1/campaigns/" + campaign + "/extension-counts", null)))
                .as("a unit sees its own subtree's counts")
                .isEmpty();
    }

    @Test
    void thePagesSignAskAndDecide() throws Exception {
        String my = html(horqin, "/my");
        assertThat(my).contains("待签收", "第一项", "action=\"/my/measures/" + first.id() + "/sign\"");
        MockHttpServletResponse signed = requests.send(
                horqin,
                post("/my/measures/" + first.id() + "/sign")
                        .param("orgId", String.valueOf(fixtures.org("科尔沁区").id())));
        assertThat(signed.getStatus()).isEqualTo(302);
        assertThat(html(horqin, "/my")).doesNotContain("action=\"/my/measures/" + first.id() + "/sign\"");

        MockHttpServletResponse asked = requests.send(
                horqin,
                post("/measures/" + first.id() + "/extensions")
                        .param("requestedDeadline", LATER.toString())
                        .param("reason", "汛期停工"));
        assertThat(asked.getStatus()).isEqualTo(302);
        assertThat(requests.send(
                                horqin,
                                post("/measures/" + first.id() + "/extensions")
                                        .param("requestedDeadline", "明年")
                                        .param("reason", "汛期停工"))
                        .getStatus())
                .isEqualTo(400);

        assertThat(html(office, "/cycles?campaign=" + campaign))
                .as("the office sees both counts where it runs the cycles")
                .contains("2 项措施尚未签收", "1 项延期申请待审批");
        assertThat(requests.send(horqin, get("/extensions")).getStatus()).isEqualTo(403);
        String page = html(office, "/extensions?campaign=" + campaign);
        assertThat(page)
                .contains("汛期停工", "科尔沁区", LATER.toString(), "/ledger?campaign=" + campaign + "&amp;unsigned=true");
        long request = body(requests.send(
                        office, HttpMethod.GET, "/api/v1/measures/" + first.id() + "/extensions", null))
                .get(0)
                .get("request")
                .get("id")
                .asLong();
        assertThat(requests.send(horqin, post("/extensions/" + request + "/approve"))
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse approved = requests.send(
                office, post("/extensions/" + request + "/approve").param("back", "/measures/" + first.id()));
        assertThat(approved.getStatus()).isEqualTo(302);
        assertThat(approved.getRedirectedUrl()).isEqualTo("/measures/" + first.id());

        String measurePage = html(horqin, "/measures/" + first.id());
        assertThat(measurePage)
                .contains(
                        "整改时限（延期后）",
                        "id=\"measure-deadline\">" + LATER,
                        "id=\"measure-original-deadline\">" + DEADLINE);
        assertThat(html(office, "/ledger?campaign=" + campaign + "&unsigned=true"))
                .contains(second.title())
                .contains("已延期");
    }

    @Test
    void theExcelLedgerCarriesBothDeadlines() throws Exception {
        long request = body(ask(horqin, first, LATER, "资金尚未到位"))
                .get("request")
                .get("id")
                .asLong();
        decide(office, request, "approve", null);
        MockHttpServletResponse sheet = requests.send(office, get("/api/v1/campaigns/" + campaign + "/ledger.xlsx"));
        assertThat(sheet.getStatus()).as(sheet.getContentAsString()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.getContentAsByteArray()))) {
            Sheet s = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row header = s.getRow(1);
            int deadline = -1;
            int original = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String text = format.formatCellValue(header.getCell(c));
                deadline = text.equals("整改时限") ? c : deadline;
                original = text.equals("原定时限") ? c : original;
            }
            assertThat(deadline).isNotNegative();
            assertThat(original).isNotNegative();
            Row row = s.getRow(2);
            assertThat(row.getCell(deadline).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LATER);
            assertThat(row.getCell(original).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(DEADLINE);
        }
    }

    @Test
    void theApiIsDocumented() throws Exception {
        JsonNode paths = body(requests.send(office, HttpMethod.GET, "/api/v1/openapi", null))
                .get("paths");
        assertThat(paths.get("/api/v1/measures/{id}/sign").has("post")).isTrue();
        assertThat(paths.get("/api/v1/measures/{id}/extensions").has("post")).isTrue();
        assertThat(paths.get("/api/v1/extensions/{id}/approve").has("post")).isTrue();
        assertThat(paths.get("/api/v1/extensions/{id}/refuse").has("post")).isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/extensions").has("get")).isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/extension-counts").has("get"))
                .isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/unsigned").has("get")).isTrue();
        assertThat(paths.get("/api/v1/me/awaiting-sign").has("get")).isTrue();
        assertThat(paths.get("/api/v1/measures").get("get").get("parameters").toString())
                .contains("\"unsigned\"");
    }

    // ---------------------------------------------------------------- helpers

    private List<String> states(Actor actor, Measure m) throws Exception {
        return body(requests.send(actor, HttpMethod.GET, "/api/v1/measures/" + m.id() + "/assignments", null))
                .valueStream()
                .map(a -> a.get("orgName").asString() + " " + (a.get("lead").asBoolean() ? "牵头" : "配合") + " "
                        + (a.hasNonNull("signedAt") ? "已签收" : "未签收"))
                .toList();
    }

    private long unsignedCount() throws Exception {
        return body(requests.send(office, HttpMethod.GET, "/api/v1/campaigns/" + campaign + "/unsigned", null))
                .get("unsignedMeasures")
                .asLong();
    }

    private List<Long> unsignedIds() throws Exception {
        return body(requests.send(
                        office, HttpMethod.GET, "/api/v1/measures?campaignId=" + campaign + "&unsigned=true", null))
                .get("items")
                .valueStream()
                .map(v -> v.get("measure").get("id").asLong())
                .toList();
    }

    private MockHttpServletResponse ask(Actor unit, Measure m, LocalDate to, String reason) throws Exception {
        return requests.send(
                unit,
                HttpMethod.POST,
                "/api/v1/measures/" + m.id() + "/extensions",
                "{\"requestedDeadline\":\"" + to + "\",\"reason\":\"" + reason + "\"}");
    }

    private MockHttpServletResponse decide(Actor actor, long request, String decision, String body) throws Exception {
        return requests.send(actor, HttpMethod.POST, "/api/v1/extensions/" + request + "/" + decision, body);
    }

    private String html(Actor actor, String path) throws Exception {
        MockHttpServletResponse response = requests.send(actor, get(path));
        assertThat(response.getStatus())
                .as(path + " " + response.getContentAsString())
                .isEqualTo(200);
        return response.getContentAsString();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
