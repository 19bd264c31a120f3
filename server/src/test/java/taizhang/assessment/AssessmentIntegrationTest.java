package taizhang.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.cycle.CycleService;
import taizhang.extension.ExtensionService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.WarningService;
import taizhang.notify.Notification;
import taizhang.notify.Notifications;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import taizhang.support.StoryClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 考核 of a campaign's year 2012, told on 10 February 2012: January's cycle closed with 锡林郭勒盟
 * reporting both its measures (one accepted, one returned) and asking to extend one, and
 * 乌兰察布市 reporting nothing on its one measure, due 20 January and not done (overdue, red). A
 * supervision source counts one finding for 乌兰察布市.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({StoryClock.Config.class, AssessmentIntegrationTest.Findings.class})
class AssessmentIntegrationTest {

    /** A supervision source for this test's campaigns only (the real one is another feature's). */
    @TestConfiguration
    static class Findings {
        static final Map<Long, Map<Long, Double>> BY_CAMPAIGN = new ConcurrentHashMap<>();

        @Bean
        AssessmentSource findingsForTest() {
            return new AssessmentSource() {
                @Override
                public String rule() {
                    return "SUPERVISION_FINDINGS";
                }

                @Override
                public Map<Long, Double> valuesPerUnit(long campaignId, int year) {
                    return year == 2012 ? BY_CAMPAIGN.getOrDefault(campaignId, Map.of()) : Map.of();
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    ProgressService progress;

    @Autowired
    ExtensionService extensions;

    @Autowired
    WarningService warnings;

    @Autowired
    Notifications notifications;

    Actor office;
    Actor leader;
    Actor xilin;
    Actor wulan;
    long xilinId;
    long wulanId;
    long campaign;

    @BeforeEach
    void aClosedJanuary() {
        clock.set(LocalDate.of(2012, 2, 10));
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        leader = fixtures.actor("内蒙古自治区", Role.LEADER);
        xilin = fixtures.actor("锡林郭勒盟", Role.UNIT);
        wulan = fixtures.actor("乌兰察布市", Role.UNIT);
        xilinId = xilin.user().organisationId();
        wulanId = wulan.user().organisationId();
        campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        LocalDate june = LocalDate.of(2012, 6, 30);
        Measure accepted = ledger.measure(office.user(), problem, "甲", xilinId, List.of(), june, MeasureType.DEADLINE);
        Measure returned = ledger.measure(office.user(), problem, "乙", xilinId, List.of(), june, MeasureType.DEADLINE);
        ledger.measure(
                office.user(), problem, "丙", wulanId, List.of(), LocalDate.of(2012, 1, 20), MeasureType.DEADLINE);
        cycles.open(office.user(), campaign, "2012-01", LocalDate.of(2012, 2, 5), Set.of(), Set.of());
        ProgressReport first = file(accepted);
        progress.accept(office.user(), first.id(), first.version());
        ProgressReport second = file(returned);
        progress.returnToUnit(office.user(), second.id(), second.version(), "请补充整改数据");
        cycles.close(office.user(), campaign, "2012-01");
        extensions.ask(xilin.user(), accepted.id(), null, LocalDate.of(2012, 9, 30), "需延长工期");
        warnings.recompute(campaign);
        Findings.BY_CAMPAIGN.put(campaign, Map.of(wulanId, 1.0));
    }

    private ProgressReport file(Measure m) {
        return progress.create(xilin.user(), m.id(), "2012-01", "一月进展", MeasureStatus.IN_PROGRESS, List.of(), true);
    }

    @Test
    void everyUnitsPointsAddUpToItsScoreWithEachRuleExplained() throws Exception {
        JsonNode body = ok(get(office, "/assessment?year=2012"));

        assertThat(body.get("year").asInt()).isEqualTo(2012);
        JsonNode units = body.get("units");
        assertThat(names(units)).containsExactlyInAnyOrder("锡林郭勒盟", "乌兰察布市");
        for (JsonNode unit : units) {
            assertPointsAddUp(unit);
            assertThat(unit.get("components")).hasSize(Rule.values().length);
        }
        JsonNode xilinRow = row(units, xilinId);
        assertThat(points(xilinRow, "ON_TIME_REPORTS")).isEqualByComparingTo("15");
        assertThat(component(xilinRow, "ON_TIME_REPORTS").get("value").decimalValue())
                .isEqualByComparingTo("50");
        assertThat(component(xilinRow, "ON_TIME_REPORTS").get("detail").asString())
                .startsWith("1 个已关闭调度周期应报 2 次，关闭时已报送 1 次，退回未重报 1 次，逾期未报 0 次");
        assertThat(points(xilinRow, "COMPLETION")).isEqualByComparingTo("30");
        assertThat(points(xilinRow, "RETURNED_REPORTS")).isEqualByComparingTo("8");
        assertThat(points(xilinRow, "EXTENSIONS")).isEqualByComparingTo("4");
        assertThat(component(xilinRow, "ACCOUNTABILITY").get("detail").asString())
                .startsWith("本年度无责任追究记录");
        assertThat(xilinRow.get("score").decimalValue()).isEqualByComparingTo("82");
        assertThat(xilinRow.get("rating").asString()).isEqualTo("较好");

        JsonNode wulanRow = row(units, wulanId);
        assertThat(points(wulanRow, "ON_TIME_REPORTS")).isEqualByComparingTo("0");
        assertThat(points(wulanRow, "COMPLETION")).isEqualByComparingTo("0");
        assertThat(points(wulanRow, "OVERDUE_RED")).isEqualByComparingTo("8");
        assertThat(points(wulanRow, "SUPERVISION_FINDINGS")).isEqualByComparingTo("8");
        assertThat(wulanRow.get("score").decimalValue()).isEqualByComparingTo("36");
        assertThat(wulanRow.get("rating").asString()).isEqualTo("差");
    }

    @Test
    void aUnitSeesOnlyItsOwnRowAndTheLeaderSeesAll() throws Exception {
        assertThat(names(ok(get(xilin, "/assessment?year=2012")).get("units"))).containsExactly("锡林郭勒盟");
        assertThat(names(ok(get(wulan, "/assessment?year=2012")).get("units"))).containsExactly("乌兰察布市");
        assertThat(names(ok(get(leader, "/assessment?year=2012")).get("units"))).hasSize(2);
        assertThat(send(xilin, HttpMethod.POST, "/assessment/compute?year=2012", null)
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(leader, HttpMethod.POST, "/assessment/feedback?year=2012", null)
                        .getStatus())
                .isEqualTo(403);
        assertThat(get(office, "/assessment?year=1999").getStatus()).isEqualTo(400);
    }

    @Test
    void theOfficeAdjustsWithAReasonKeepingTheComputedScoreAndTheAuditTrailHasIt() throws Exception {
        JsonNode before = row(ok(get(office, "/assessment?year=2012")).get("units"), wulanId);
        String path = "/assessment/units/" + wulanId + "/adjustment?year=2012";

        assertThat(send(office, HttpMethod.PUT, path, "{\"score\":65,\"reason\":\" \",\"version\":0}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(wulan, HttpMethod.PUT, path, "{\"score\":95,\"reason\":\"自评\",\"version\":0}")
                        .getStatus())
                .isEqualTo(403);
        JsonNode adjusted = ok(send(
                office,
                HttpMethod.PUT,
                path,
                "{\"score\":65,\"reason\":\"督导发现问题已当场整改\",\"version\":"
                        + before.get("version").asInt() + "}"));
        assertThat(send(office, HttpMethod.PUT, path, "{\"score\":66,\"reason\":\"再调\",\"version\":0}")
                        .getStatus())
                .as("a stale version")
                .isEqualTo(409);

        assertThat(adjusted.get("score").decimalValue()).isEqualByComparingTo("65");
        assertThat(adjusted.get("computedScore").decimalValue()).isEqualByComparingTo("36");
        assertThat(adjusted.get("rating").asString()).isEqualTo("一般");
        assertThat(adjusted.get("adjustment").get("reason").asString()).isEqualTo("督导发现问题已当场整改");
        assertPointsAddUp(adjusted);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event_view where action = 'assessment.adjust' and object_id = :c")
                        .param("c", campaign)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        JsonNode recomputed = row(
                ok(send(office, HttpMethod.POST, "/assessment/compute?year=2012", null))
                        .get("units"),
                wulanId);
        assertThat(recomputed.get("score").decimalValue())
                .as("recomputing keeps the adjustment")
                .isEqualByComparingTo("65");
        assertThat(recomputed.get("computedScore").decimalValue()).isEqualByComparingTo("36");
    }

    @Test
    void theWeakUnitsAreSentTheirOwnBreakdown() throws Exception {
        JsonNode sent = ok(send(office, HttpMethod.POST, "/assessment/feedback?year=2012", null));
        assertThat(sent.get("units").asInt()).isEqualTo(1);

        List<Notification> wulanInbox = notifications.inbox(wulan.user(), false, 0, 50);
        assertThat(wulanInbox)
                .filteredOn(n -> n.kind().name().equals("ASSESSMENT_FEEDBACK"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.text()).contains("年度考核得分 36 分，等次为“差”");
                    assertThat(n.text()).contains("按时报送率 0/30 分：1 个已关闭调度周期应报 1 次");
                    assertThat(n.link()).isEqualTo("/assessment/mine?campaign=" + campaign + "&year=2012");
                });
        assertThat(notifications.inbox(xilin.user(), false, 0, 50))
                .noneMatch(n -> n.kind().name().equals("ASSESSMENT_FEEDBACK"));
    }

    @Test
    void theResultsAreExportedAsAWorkbookAndAWordNotice() throws Exception {
        MockHttpServletResponse sheet = get(office, "/assessment/sheet?year=2012");
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getHeader("Content-Disposition")).contains("filename*=UTF-8''2012");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getContentAsByteArray()))) {
            var results = book.getSheet("考核结果");
            List<String> units = new ArrayList<>();
            for (int r = 2; r <= results.getLastRowNum(); r++) {
                units.add(results.getRow(r).getCell(1).getStringCellValue() + " "
                        + results.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(units).containsExactlyInAnyOrder("锡林郭勒盟 较好", "乌兰察布市 差");
            assertThat(book.getSheet("得分明细").getLastRowNum()).isEqualTo(2 * Rule.values().length);
        }
        MockHttpServletResponse notice = get(office, "/assessment/notice?year=2012");
        assertThat(notice.getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(notice.getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("2012年度考核结果通报")
                    .contains("“较好”1个，“一般”0个，“差”1个")
                    .contains("乌兰察布市：得分 36 分，等次为“差”。")
                    .contains("按时报送率得 0 分（满分 30 分）");
        }
    }

    @Test
    void theOfficeEditsWeightsAndThresholds() throws Exception {
        JsonNode settings = ok(get(office, "/assessment-settings"));
        assertThat(settings.get("version").asInt()).isZero();
        String body =
                "{\"rules\":[{\"rule\":\"ON_TIME_REPORTS\",\"weight\":40},{\"rule\":\"COMPLETION\",\"weight\":20},"
                        + "{\"rule\":\"RETURNED_REPORTS\",\"weight\":10,\"deduction\":5},{\"rule\":\"EXTENSIONS\",\"weight\":5,\"deduction\":1},"
                        + "{\"rule\":\"SUPERVISION_FINDINGS\",\"weight\":10,\"deduction\":2},{\"rule\":\"OVERDUE_RED\",\"weight\":10,\"deduction\":2},"
                        + "{\"rule\":\"ACCOUNTABILITY\",\"weight\":5,\"deduction\":5}],\"good\":95,\"fairlyGood\":85,\"fair\":70,\"version\":0}";
        MockHttpServletResponse wrong =
                send(office, HttpMethod.PUT, "/assessment-settings", body.replace("\"weight\":40", "\"weight\":45"));
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("各项权重合计应为 100 分，现为 105 分");
        assertThat(send(xilin, HttpMethod.PUT, "/assessment-settings", body).getStatus())
                .isEqualTo(403);

        JsonNode saved = ok(send(office, HttpMethod.PUT, "/assessment-settings", body));
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        JsonNode xilinRow = row(
                ok(send(office, HttpMethod.POST, "/assessment/compute?year=2012", null))
                        .get("units"),
                xilinId);
        assertThat(points(xilinRow, "ON_TIME_REPORTS")).isEqualByComparingTo("20");
        assertThat(points(xilinRow, "RETURNED_REPORTS")).isEqualByComparingTo("5");
        assertThat(xilinRow.get("score").decimalValue()).isEqualByComparingTo("74");
        assertThat(xilinRow.get("rating").asString()).isEqualTo("一般");
        assertThat(send(office, HttpMethod.PUT, "/assessment-settings", body).getStatus())
                .as("saved on a version read before")
                .isEqualTo(409);
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        JsonNode paths = json.readTree(
                        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/api/v1/openapi"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("paths");
        assertThat(paths.get("/api/v1/campaigns/{id}/assessment").has("get")).isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/assessment/units/{orgId}/adjustment")
                        .has("put"))
                .isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/assessment-settings").has("put"))
                .isTrue();
        assertThat(paths.get("/api/v1/campaigns/{id}/assessment/notice").has("get"))
                .isTrue();
    }

    private static void assertPointsAddUp(JsonNode unit) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode c : unit.get("components")) {
            sum = sum.add(c.get("points").decimalValue());
        }
        assertThat(sum)
                .as(unit.get("name").asString())
                .isEqualByComparingTo(unit.get("score").decimalValue());
    }

    private static List<String> names(JsonNode units) {
        List<String> names = new ArrayList<>();
        units.forEach(u -> names.add(u.get("name").asString()));
        return names;
    }

    private static JsonNode row(JsonNode units, long orgId) {
        for (JsonNode u : units) {
            if (u.get("orgId").asLong() == orgId) {
                return u;
            }
        }
        throw new AssertionError("no row for " + orgId + " in " + units);
    }

    private static JsonNode component(JsonNode unit, String rule) {
        for (JsonNode c : unit.get("components")) {
            if (c.get("rule").asString().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no " + rule);
    }

    private static BigDecimal points(JsonNode unit, String rule) {
        return component(unit, rule).get("points").decimalValue();
    }

    private MockHttpServletResponse get(Actor actor, String path) throws Exception {
        return send(actor, HttpMethod.GET, path, null);
    }

    private MockHttpServletResponse send(Actor actor, HttpMethod method, String path, String body) throws Exception {
        return requests.send(actor, method, "/api/v1/campaigns/" + campaign + path, body);
    }

    private JsonNode ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }
}
