package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
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
 * 调度周期 through the API on a campaign of the region's office: 科尔沁区 (under 通辽市) leads two
 * measures, 红山区 (under 赤峰市) leads one and co-operates on the first, 扎鲁特旗 leads one the
 * office excludes from the cycle.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class CycleApiIntegrationTest {

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
    IndicatorService indicators;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    taizhang.progress.ProgressService progress;

    Actor office;
    Actor horqin;
    Actor hongshan;
    Actor tongliaoUnit;
    Actor chifengOffice;
    long campaign;
    Measure first;
    Measure second;
    Measure third;
    Measure excluded;
    final String month = YearMonth.now().toString();
    final String lastMonth = YearMonth.now().minusMonths(1).toString();

    @BeforeEach
    void campaignWithFourMeasures() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        horqin = fixtures.actor("科尔沁区", Role.UNIT);
        hongshan = fixtures.actor("红山区", Role.UNIT);
        tongliaoUnit = fixtures.actor("通辽市", Role.UNIT);
        chifengOffice = fixtures.actor("赤峰市", Role.OFFICE);
        Campaign created = ledger.campaign(office.user());
        campaign = created.id();
        long problem = ledger.problem(office.user(), campaign).id();
        long horqinId = fixtures.org("科尔沁区").id();
        long hongshanId = fixtures.org("红山区").id();
        first = ledger.measure(
                office.user(),
                problem,
                "第一项",
                horqinId,
                List.of(hongshanId),
                LocalDate.of(2099, 1, 1),
                MeasureType.DEADLINE);
        second = ledger.measure(office.user(), problem, horqinId);
        third = ledger.measure(office.user(), problem, hongshanId);
        excluded = ledger.measure(office.user(), problem, fixtures.org("扎鲁特旗").id());
    }

    @Test
    void opensACycleAndListsTheUnitsThatStillOweIt() throws Exception {
        MockHttpServletResponse opened = openCycle(month, LocalDate.now().plusDays(10));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        JsonNode cycle = body(opened);
        assertThat(cycle.get("period").asString()).isEqualTo(month);
        assertThat(cycle.get("dueDate").asString())
                .isEqualTo(LocalDate.now().plusDays(10).toString());
        assertThat(cycle.get("status").asString()).isEqualTo("OPEN");

        assertThat(missing(office)).containsExactlyInAnyOrder(owed("科尔沁区", first, second), owed("红山区", third));
        report(horqin, first, month, true);
        report(hongshan, first, month, true);
        assertThat(missing(office))
                .as("a co-unit's report does not settle the lead's obligation")
                .containsExactlyInAnyOrder(owed("科尔沁区", second), owed("红山区", third));
        assertThat(requests.send(
                                office,
                                HttpMethod.POST,
                                cyclePath(month).replace("/" + month, ""),
                                "{\"period\":\"" + month + "\",\"dueDate\":\""
                                        + LocalDate.now().plusDays(3) + "\"}")
                        .getStatus())
                .as("a second cycle for the same period")
                .isEqualTo(409);
    }

    @Test
    void aReturnedReportOwesUntilItIsSubmittedAgain() throws Exception {
        openCycle(month, LocalDate.now().plusDays(10));
        JsonNode submitted = report(horqin, second, month, true);
        JsonNode returned = body(requests.send(
                office,
                HttpMethod.POST,
                "/api/v1/reports/" + submitted.get("id").asLong() + "/return",
                "{\"version\":" + submitted.get("version").asInt() + ",\"reason\":\"数据不全\"}"));
        assertThat(missing(office)).contains(owed("科尔沁区", first, second));
        JsonNode obligations =
                body(requests.send(office, HttpMethod.GET, cyclePath(month) + "/obligations?owing=true", null));
        JsonNode row = obligations
                .valueStream()
                .filter(o -> o.get("measureId").asLong() == second.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.get("standing").asString()).isEqualTo("RETURNED");
        assertThat(row.get("returnReason").asString()).isEqualTo("数据不全");

        assertThat(requests.send(
                                horqin,
                                HttpMethod.POST,
                                "/api/v1/reports/" + returned.get("id").asLong() + "/submit",
                                "{\"version\":" + returned.get("version").asInt() + "}")
                        .getStatus())
                .isEqualTo(200);
        assertThat(missing(office)).contains(owed("科尔沁区", first));
        JsonNode units = body(requests.send(office, HttpMethod.GET, cyclePath(month) + "/units", null));
        JsonNode horqinTally = units.valueStream()
                .filter(u -> u.get("name").asString().equals("科尔沁区"))
                .findFirst()
                .orElseThrow();
        assertThat(horqinTally.get("required").asInt()).isEqualTo(2);
        assertThat(horqinTally.get("submitted").asInt()).isEqualTo(1);
    }

    /** Closed, the list is the one kept at the close (read from the obligations alone), until a reopening. */
    @Test
    void aClosedCycleListsWhoOwedItAtTheClose() throws Exception {
        openCycle(month, LocalDate.now().plusDays(10));
        report(hongshan, third, month, true);
        assertThat(requests.send(office, HttpMethod.POST, cyclePath(month) + "/close", null)
                        .getStatus())
                .isEqualTo(200);

        assertThat(missing(office)).containsExactly(owed("科尔沁区", first, second));
        assertThat(missing(tongliaoUnit)).containsExactly(owed("科尔沁区", first, second));
        assertThat(missing(hongshan)).isEmpty();

        assertThat(requests.send(office, HttpMethod.POST, cyclePath(month) + "/reopen", "{\"reason\":\"补报\"}")
                        .getStatus())
                .isEqualTo(200);
        report(horqin, first, month, true);
        assertThat(missing(office)).containsExactly(owed("科尔沁区", second));
        assertThat(requests.send(office, HttpMethod.POST, cyclePath(month) + "/close", null)
                        .getStatus())
                .isEqualTo(200);
        assertThat(missing(office)).containsExactly(owed("科尔沁区", second));
    }

    @Test
    void aUnitSeesOnlyTheObligationsOfItsOwnSubtree() throws Exception {
        openCycle(month, LocalDate.now().plusDays(10));
        assertThat(missing(horqin)).containsExactly(owed("科尔沁区", first, second));
        assertThat(missing(tongliaoUnit)).containsExactly(owed("科尔沁区", first, second));
        assertThat(missing(hongshan)).containsExactly(owed("红山区", third));
        assertThat(missing(chifengOffice))
                .as("an office that does not own the campaign")
                .containsExactly(owed("红山区", third));
        JsonNode rows = body(requests.send(hongshan, HttpMethod.GET, cyclePath(month) + "/obligations", null));
        assertThat(rows.findValuesAsString("orgName")).containsOnly("红山区");
    }

    @Test
    void onlyTheOwningOfficeOpensClosesReopensAndReminds() throws Exception {
        for (Actor other : List.of(horqin, tongliaoUnit, chifengOffice)) {
            assertThat(openCycleAs(other, month, LocalDate.now().plusDays(5), excluded.id())
                            .getStatus())
                    .isIn(403, 404);
        }
        openCycle(month, LocalDate.now().plusDays(5));
        for (Actor other : List.of(horqin, tongliaoUnit, chifengOffice)) {
            assertThat(requests.send(other, HttpMethod.POST, cyclePath(month) + "/remind", "{\"target\":\"ALL\"}")
                            .getStatus())
                    .isIn(403, 404);
            assertThat(requests.send(other, HttpMethod.POST, cyclePath(month) + "/close", null)
                            .getStatus())
                    .isIn(403, 404);
        }
        assertThat(requests.send(office, HttpMethod.POST, cyclePath(month) + "/close", null)
                        .getStatus())
                .isEqualTo(200);
        for (Actor other : List.of(horqin, tongliaoUnit, chifengOffice)) {
            assertThat(requests.send(other, HttpMethod.POST, cyclePath(month) + "/reopen", "{\"reason\":\"重开\"}")
                            .getStatus())
                    .isIn(403, 404);
        }
        assertThat(body(requests.send(office, HttpMethod.GET, cyclePath(month), null))
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");
    }

    @Test
    void closingLocksThePeriodsReportsUntilTheOfficeReopensItWithAReason() throws Exception {
        openCycle(month, LocalDate.now().plusDays(10));
        JsonNode draft = report(horqin, first, month, false);
        JsonNode submitted = report(hongshan, third, month, true);
        assertThat(requests.send(office, HttpMethod.POST, cyclePath(month) + "/close", null)
                        .getStatus())
                .isEqualTo(200);

        List<MockHttpServletResponse> refused = List.of(
                requests.send(
                        horqin,
                        HttpMethod.POST,
                        "/api/v1/measures/" + second.id() + "/reports",
                        reportJson(month, true)),
                requests.send(
                        horqin,
                        HttpMethod.PUT,
                        "/api/v1/reports/" + draft.get("id").asLong(),
                        "{\"version\":0,\"body\":\"改\",\"claimedStatus\":\"IN_PROGRESS\"}"),
                requests.send(
                        horqin,
                        HttpMethod.POST,
                        "/api/v1/reports/" + draft.get("id").asLong() + "/submit",
                        "{\"version\":0}"),
                requests.send(
                        office,
                        HttpMethod.POST,
                        "/api/v1/reports/" + submitted.get("id").asLong() + "/accept",
                        "{\"version\":" + submitted.get("version").asInt() + "}"),
                requests.send(
                        office,
                        HttpMethod.POST,
                        "/api/v1/reports/" + submitted.get("id").asLong() + "/return",
                        "{\"version\":" + submitted.get("version").asInt() + ",\"reason\":\"退\"}"));
        for (MockHttpServletResponse response : refused) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(409);
            assertThat(body(response).get("detail").asString()).contains("调度周期已经关闭");
        }
        MockHttpServletResponse attached = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/measures/" + first.id() + "/evidence")
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "file",
                                        "说明.txt",
                                        "text/plain",
                                        "补充说明".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .param("reportId", draft.get("id").asString())
                                .header("Authorization", horqin.bearer()))
                .andReturn()
                .getResponse();
        assertThat(attached.getStatus())
                .as("a file attached to a locked report")
                .isEqualTo(409);
        assertThat(attached.getContentAsString()).contains("调度周期已经关闭");
        assertThat(requests.send(
                                horqin,
                                HttpMethod.POST,
                                "/api/v1/measures/" + excluded.id() + "/reports",
                                reportJson(month, false))
                        .getStatus())
                .as("a unit that does not carry the measure")
                .isIn(403, 404);
        long reportsBefore = jdbc.sql("select count(*) from progress_report where measure_id = :m")
                .param("m", second.id())
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.recordImported(
                        office.user(), second.id(), month, "导入的进展", taizhang.ledger.MeasureStatus.IN_PROGRESS))
                .as("an import into the locked period")
                .hasMessageContaining("调度周期已经关闭");
        assertThat(jdbc.sql("select count(*) from progress_report where measure_id = :m")
                        .param("m", second.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(reportsBefore);

        assertThat(requests.send(office, HttpMethod.POST, cyclePath(month) + "/reopen", "{\"reason\":\" \"}")
                        .getStatus())
                .isEqualTo(400);
        JsonNode reopened = body(
                requests.send(office, HttpMethod.POST, cyclePath(month) + "/reopen", "{\"reason\":\"科尔沁区数据需更正\"}"));
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(requests.send(
                                horqin,
                                HttpMethod.POST,
                                "/api/v1/reports/" + draft.get("id").asLong() + "/submit",
                                "{\"version\":0}")
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql("""
                select after_json from audit_event where action = 'cycle.reopen' and object_id = :id""")
                        .param("id", reopened.get("id").asLong())
                        .query(String.class)
                        .single())
                .contains("科尔沁区数据需更正");
    }

    @Test
    void aUnitFilesForLastMonthOnlyWhileItsCycleIsOpen() throws Exception {
        openCycle(lastMonth, LocalDate.now().plusDays(2));
        assertThat(requests.send(
                                horqin,
                                HttpMethod.POST,
                                "/api/v1/measures/" + first.id() + "/reports",
                                reportJson(lastMonth, true))
                        .getStatus())
                .isEqualTo(201);
        Actor zarud = fixtures.actor("扎鲁特旗", Role.UNIT);
        MockHttpServletResponse notRequired = requests.send(
                zarud, HttpMethod.POST, "/api/v1/measures/" + excluded.id() + "/reports", reportJson(lastMonth, true));
        assertThat(notRequired.getStatus()).isEqualTo(409);
        assertThat(body(notRequired).get("detail").asString()).contains("补报");
    }

    @Test
    void remindsLateUnitsAndTheUnitSeesTheReminder() throws Exception {
        openCycle(lastMonth, YearMonth.now().minusMonths(1).atEndOfMonth());
        report(horqin, first, lastMonth, true);
        report(horqin, second, lastMonth, true);
        JsonNode sent =
                body(requests.send(office, HttpMethod.POST, cyclePath(lastMonth) + "/remind", "{\"target\":\"LATE\"}"));
        assertThat(sent.findValuesAsString("message"))
                .singleElement()
                .asString()
                .contains("尚有 1 项措施未报送", "已逾期");
        assertThat(sent.get(0).get("orgId").asLong())
                .isEqualTo(fixtures.org("红山区").id());
        assertThat(requests.send(
                                office,
                                HttpMethod.POST,
                                cyclePath(lastMonth) + "/remind",
                                "{\"target\":\"UNIT\",\"orgId\":"
                                        + fixtures.org("科尔沁区").id() + "}")
                        .getStatus())
                .as("a unit that owes nothing")
                .isEqualTo(409);
        JsonNode mine = body(requests.send(hongshan, HttpMethod.GET, "/api/v1/me/reminders", null));
        assertThat(mine.get(0).get("period").asString()).isEqualTo(lastMonth);
        assertThat(body(requests.send(horqin, HttpMethod.GET, "/api/v1/me/reminders", null))
                        .valueStream()
                        .filter(r -> r.get("campaignId").asLong() == campaign))
                .isEmpty();
        JsonNode obligations = body(requests.send(office, HttpMethod.GET, cyclePath(lastMonth) + "/obligations", null));
        assertThat(obligations.findValuesAsString("standing")).containsExactly("SUBMITTED", "SUBMITTED", "LATE");
    }

    @Test
    void theSnapshotKeepsTheLedgerAsOfTheClose() throws Exception {
        long indicator = indicators
                .create(office.user(), first.id(), "新增就业", "人", new BigDecimal("100"), null)
                .id();
        indicators.addReading(office.user(), indicator, lastMonth, new BigDecimal("40"), "测试");
        openCycle(lastMonth, LocalDate.now().plusDays(2));
        JsonNode submitted = report(horqin, first, lastMonth, true);
        requests.send(
                office,
                HttpMethod.POST,
                "/api/v1/reports/" + submitted.get("id").asLong() + "/accept",
                "{\"version\":" + submitted.get("version").asInt() + "}");
        assertThat(requests.send(office, HttpMethod.POST, cyclePath(lastMonth) + "/close", null)
                        .getStatus())
                .isEqualTo(200);

        Measure now = measures.get(office.user(), first.id());
        measures.assign(
                office.user(),
                now.id(),
                now.version(),
                new MeasureService.Assignment(
                        fixtures.org("红山区").id(),
                        List.of(),
                        "另一位负责人",
                        LocalDate.of(2100, 6, 30),
                        MeasureType.DEADLINE));
        indicators.addReading(office.user(), indicator, month, new BigDecimal("90"), "测试");
        report(hongshan, first, month, true);

        JsonNode snapshot =
                body(requests.send(office, HttpMethod.GET, cyclePath(lastMonth) + "/snapshot/" + first.id(), null));
        assertThat(snapshot.get("leadOrgId").asLong())
                .isEqualTo(fixtures.org("科尔沁区").id());
        assertThat(snapshot.get("coUnitIds").findValuesAsString("")).isEmpty();
        assertThat(snapshot.get("coUnitIds").get(0).asLong())
                .isEqualTo(fixtures.org("红山区").id());
        assertThat(snapshot.get("deadline").asString()).isEqualTo("2099-01-01");
        assertThat(snapshot.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(snapshot.get("reportId").asLong())
                .isEqualTo(submitted.get("id").asLong());
        assertThat(snapshot.get("reportPeriod").asString()).isEqualTo(lastMonth);
        assertThat(snapshot.get("reportExcerpt").asString()).startsWith("本期进展");
        assertThat(snapshot.get("figures").get(0).get("period").asString()).isEqualTo(lastMonth);
        assertThat(snapshot.get("figures").get(0).get("amount").decimalValue()).isEqualByComparingTo("40");
        assertThat(requests.send(office, HttpMethod.GET, cyclePath(lastMonth) + "/snapshot/" + excluded.id(), null)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theSnapshotReadsAPageAtATimeWithinTheReadersReach() throws Exception {
        openCycle(month, LocalDate.now().plusDays(2));
        assertThat(body(requests.send(office, HttpMethod.GET, cyclePath(month) + "/snapshot", null))
                        .isEmpty())
                .as("never closed")
                .isTrue();
        requests.send(office, HttpMethod.POST, cyclePath(month) + "/close", null);
        assertThat(body(requests.send(office, HttpMethod.GET, cyclePath(month) + "/snapshot", null))
                        .findValuesAsString("title"))
                .hasSize(3);
        JsonNode secondPage =
                body(requests.send(office, HttpMethod.GET, cyclePath(month) + "/snapshot?page=1&size=2", null));
        assertThat(secondPage.get(0).get("measureId").asLong()).isEqualTo(third.id());
        JsonNode hongshans = body(requests.send(hongshan, HttpMethod.GET, cyclePath(month) + "/snapshot", null));
        assertThat(hongshans.valueStream().map(e -> e.get("measureId").asLong()).toList())
                .as("the measure it led and the one it co-operated on")
                .containsExactly(first.id(), third.id());
    }

    @Test
    void theCycleOperationsAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/openapi"))
                        .andReturn()
                        .getResponse())
                .get("paths");
        assertThat(paths.get("/api/v1/campaigns/{id}/cycles").has("post")).isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/reporting-cycles").has("get"))
                .isTrue();
        for (String read : List.of("missing", "units", "obligations", "snapshot")) {
            assertThat(paths.get("/api/v1/campaigns/{id}/cycles/{period}/" + read)
                            .has("get"))
                    .as(read)
                    .isTrue();
        }
        for (String act : List.of("close", "reopen", "remind")) {
            assertThat(paths.get("/api/v1/campaigns/{id}/cycles/{period}/" + act)
                            .has("post"))
                    .as(act)
                    .isTrue();
        }
        assertThat(paths.get("/api/v1/me/reminders").has("get")).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    private String cyclePath(String period) {
        return "/api/v1/campaigns/" + campaign + "/cycles/" + period;
    }

    /** Opens the cycle as the office, with the 扎鲁特旗 measure excluded. */
    private MockHttpServletResponse openCycle(String period, LocalDate due) throws Exception {
        MockHttpServletResponse response = openCycleAs(office, period, due, excluded.id());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return response;
    }

    private MockHttpServletResponse openCycleAs(Actor actor, String period, LocalDate due, long... excludedIds)
            throws Exception {
        String ids = java.util.Arrays.stream(excludedIds)
                .mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        return requests.send(
                actor,
                HttpMethod.POST,
                "/api/v1/campaigns/" + campaign + "/cycles",
                "{\"period\":\"" + period + "\",\"dueDate\":\"" + due + "\",\"excludedMeasureIds\":[" + ids + "]}");
    }

    private List<String> missing(Actor actor) throws Exception {
        MockHttpServletResponse response = requests.send(actor, HttpMethod.GET, cyclePath(month) + "/missing", null);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return body(response)
                .valueStream()
                .map(u -> u.get("name").asString()
                        + u.get("measureIds")
                                .valueStream()
                                .map(JsonNode::asString)
                                .toList())
                .toList();
    }

    private String owed(String unit, Measure... owed) {
        return unit
                + java.util.Arrays.stream(owed).map(m -> String.valueOf(m.id())).toList();
    }

    private JsonNode report(Actor unit, Measure measure, String period, boolean submit) throws Exception {
        MockHttpServletResponse response = requests.send(
                unit, HttpMethod.POST, "/api/v1/measures/" + measure.id() + "/reports", reportJson(period, submit));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return body(response);
    }

    private static String reportJson(String period, boolean submit) {
        return "{\"period\":\"" + period + "\",\"body\":\"本期进展：按计划推进\",\"claimedStatus\":\"IN_PROGRESS\",\"submit\":"
                + submit + "}";
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
