package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 对口督导 through the API, on a campaign of the region's office: 科尔沁区 (under 通辽市) leads one
 * measure, 红山区 (under 赤峰市) another. The region's discipline commission supervisor is assigned
 * to 通辽市 only.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    AuditTrail audit;

    @Autowired
    JsonMapper json;

    Actor office;
    Actor supervisor;
    Actor otherSupervisor;
    Actor horqinUnit;
    long campaign;
    long tongliao;
    long horqin;
    long hongshan;
    Measure horqinMeasure;
    Measure hongshanMeasure;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        otherSupervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        horqinUnit = fixtures.actor("科尔沁区", Role.UNIT);
        tongliao = fixtures.org("通辽市").id();
        horqin = fixtures.org("科尔沁区").id();
        hongshan = fixtures.org("红山区").id();
        campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        horqinMeasure = ledger.measure(office.user(), problem, horqin);
        hongshanMeasure = ledger.measure(office.user(), problem, hongshan);
    }

    @Test
    void aSupervisorSeesExactlyTheMeasuresOfItsAssignedUnits() throws Exception {
        assertThat(listed(supervisor)).isEmpty();
        assertThat(read(supervisor, "/api/v1/measures/" + horqinMeasure.id()).getStatus())
                .isEqualTo(404);

        assign(supervisor, tongliao);

        assertThat(listed(supervisor)).containsExactly(horqinMeasure.id());
        assertThat(read(supervisor, "/api/v1/measures/" + horqinMeasure.id()).getStatus())
                .isEqualTo(200);
        assertThat(read(supervisor, "/api/v1/measures/" + hongshanMeasure.id()).getStatus())
                .isEqualTo(404);
        assertThat(body(read(supervisor, "/api/v1/me/supervised-units"))
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("通辽市");
        assertThat(listed(otherSupervisor)).isEmpty();
    }

    @Test
    void aSupervisorReadsItsUnitsReportsUntilItsAssignmentIsRemoved() throws Exception {
        long assignment = assign(supervisor, tongliao);
        String period = java.time.YearMonth.now().toString();
        MockHttpServletResponse filed =
                send(horqinUnit, HttpMethod.POST, "/api/v1/measures/" + horqinMeasure.id() + "/reports", """
                {"period":"%s","body":"已完成草原修复 1200 亩","claimedStatus":"IN_PROGRESS","submit":true}""".formatted(
                                period));
        assertThat(filed.getStatus()).as(filed.getContentAsString()).isEqualTo(201);
        long report = body(filed).get("id").asLong();

        assertThat(read(supervisor, "/api/v1/reports/" + report).getStatus()).isEqualTo(200);
        assertThat(read(supervisor, "/api/v1/measures/" + horqinMeasure.id() + "/reports")
                        .getContentAsString())
                .contains("已完成草原修复 1200 亩");
        assertThat(read(otherSupervisor, "/api/v1/reports/" + report).getStatus())
                .isEqualTo(404);
        assertThat(send(supervisor, HttpMethod.POST, "/api/v1/reports/" + report + "/accept", "{\"version\":1}")
                        .getStatus())
                .isIn(403, 409);

        assertThat(send(office, HttpMethod.DELETE, "/api/v1/supervision/assignments/" + assignment, null)
                        .getStatus())
                .isEqualTo(204);
        assertThat(read(supervisor, "/api/v1/reports/" + report).getStatus()).isEqualTo(404);
        assertThat(listed(supervisor)).isEmpty();
    }

    @Test
    void theOfficeOrAnAssignedSupervisorFeedsAFindingBackAsAMeasureOfTheUnit() throws Exception {
        assign(supervisor, tongliao);

        MockHttpServletResponse created =
                send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                {"campaignId":%d,"unitId":%d,"method":"实地督导","checkedOn":"2021-06-15",
                 "findings":"草原生态修复台账不全。部分项目未开工","createMeasure":true}""".formatted(campaign, horqin));

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode item = body(created);
        long measureId = item.get("measureId").asLong();
        Measure fedBack = measures.get(office.user(), measureId);
        assertThat(fedBack.leadOrgId()).isEqualTo(horqin);
        assertThat(fedBack.campaignId()).isEqualTo(campaign);
        assertThat(fedBack.title()).isEqualTo("督导反馈：草原生态修复台账不全");
        assertThat(listedInCampaign(office, "&unitId=" + horqin)).contains(measureId);
        assertThat(read(horqinUnit, "/api/v1/measures/" + measureId).getStatus())
                .isEqualTo(200);
        assertThat(body(read(horqinUnit, "/api/v1/measures/" + measureId + "/supervision-items"))
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(item.get("id").asLong());
        JsonNode parts = body(read(horqinUnit, "/api/v1/measures/" + measureId + "/assignments"));
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).get("orgId").asLong()).isEqualTo(horqin);
        assertThat(parts.get(0).has("signedAt")).as("not yet signed: %s", parts).isFalse();

        MockHttpServletResponse byOffice =
                send(office, HttpMethod.POST, "/api/v1/supervision/items", """
                {"campaignId":%d,"unitId":%d,"method":"查阅资料","findings":"资料不全","createMeasure":true}""".formatted(campaign, hongshan));
        assertThat(byOffice.getStatus()).isEqualTo(201);
        assertThat(measures.get(office.user(), body(byOffice).get("measureId").asLong())
                        .leadOrgId())
                .isEqualTo(hongshan);
    }

    @Test
    void aSupervisorNotAssignedToTheUnitIsRefusedAndNothingIsWritten() throws Exception {
        assign(supervisor, tongliao);
        long before = listedInCampaign(office, "").size();

        MockHttpServletResponse refused =
                send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                {"campaignId":%d,"unitId":%d,"method":"实地督导","findings":"越权","createMeasure":true}""".formatted(campaign, hongshan));

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(listedInCampaign(office, "")).hasSize((int) before);
        assertThat(body(read(office, "/api/v1/supervision/items?campaignId=" + campaign)))
                .isEmpty();
        assertThat(send(horqinUnit, HttpMethod.POST, "/api/v1/supervision/items", """
                        {"campaignId":%d,"unitId":%d,"method":"座谈"}""".formatted(campaign, horqin))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aSupervisorChangesNothingButItsOwnItems() throws Exception {
        assign(supervisor, tongliao);
        assign(otherSupervisor, tongliao);
        long own = body(send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                        {"campaignId":%d,"unitId":%d,"method":"座谈","checkedOn":"2021-05-01","findings":"初稿"}""".formatted(campaign, horqin)))
                .get("id")
                .asLong();
        long others = body(send(
                        otherSupervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                        {"campaignId":%d,"unitId":%d,"method":"暗访","checkedOn":"2021-05-02"}""".formatted(campaign, horqin)))
                .get("id")
                .asLong();
        String m = "/api/v1/measures/" + horqinMeasure.id();

        assertThat(send(supervisor, HttpMethod.PUT, "/api/v1/supervision/items/" + others, """
                        {"version":0,"method":"暗访","findings":"改别人的"}""")
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(supervisor, HttpMethod.POST, "/api/v1/supervision/items/" + others + "/measure", "{}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(supervisor, HttpMethod.POST, m + "/start", "{\"version\":0}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(supervisor, HttpMethod.PUT, m + "/assignment", """
                        {"version":0,"leadOrgId":%d}""".formatted(hongshan))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(supervisor, HttpMethod.POST, m + "/reports", """
                        {"period":"2021-06","body":"代填","claimedStatus":"IN_PROGRESS"}""").getStatus())
                .isIn(400, 403);
        assertThat(send(supervisor, HttpMethod.POST, "/api/v1/supervision/assignments", """
                        {"orgId":%d,"userId":%d}""".formatted(
                                        hongshan, supervisor.user().id()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(measures.get(office.user(), horqinMeasure.id()).version()).isEqualTo(horqinMeasure.version());

        MockHttpServletResponse revised = send(supervisor, HttpMethod.PUT, "/api/v1/supervision/items/" + own, """
                {"version":0,"method":"座谈","checkedOn":"2021-05-01","findings":"定稿：整改责任未压实"}""");
        assertThat(revised.getStatus()).as(revised.getContentAsString()).isEqualTo(200);
        assertThat(body(revised).get("findings").asString()).isEqualTo("定稿：整改责任未压实");
        assertThat(audit.history("supervision_item", own))
                .extracting(e -> e.action())
                .containsExactly("supervision.item-create", "supervision.item-update");
    }

    @Test
    void aFindingReturnsADoneMeasureWithTheFindingAsTheReason() throws Exception {
        assign(supervisor, tongliao);
        Measure done =
                measures.reportDone(office.user(), horqinMeasure.id(), horqinMeasure.version(), MeasureStatus.DONE);

        MockHttpServletResponse created = send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                {"campaignId":%d,"unitId":%d,"method":"暗访","checkedOn":"2021-06-20",
                 "findings":"现场仍有违规建筑","measureIds":[%d],"returnMeasureId":%d}""".formatted(
                        campaign, horqin, done.id(), done.id()));

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(measures.get(office.user(), done.id()).status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(audit.history("measure", done.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("measure.return");
            assertThat(e.afterJson()).contains("督导发现：现场仍有违规建筑");
        });
        assertThat(body(created).get("measures").toString()).contains("CONCERNS", "RETURNED");
        assertThat(send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                        {"campaignId":%d,"unitId":%d,"method":"暗访","findings":"再退",
                         "returnMeasureId":%d}""".formatted(
                                        campaign, horqin, done.id()))
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void theSummaryCountsItemsFindingsAndFeedbackPerUnit() throws Exception {
        assign(supervisor, tongliao);
        for (String findings : List.of("发现一", "", "发现三")) {
            send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                    {"campaignId":%d,"unitId":%d,"method":"查阅资料","checkedOn":"2021-03-01","findings":"%s",
                     "createMeasure":%s}""".formatted(
                            campaign, horqin, findings, findings.equals("发现一")));
        }

        JsonNode summary = body(read(office, "/api/v1/campaigns/" + campaign + "/supervision/summary"));

        assertThat(summary.get("items").asInt()).isEqualTo(3);
        assertThat(summary.get("findings").asInt()).isEqualTo(2);
        assertThat(summary.get("measures").asInt()).isEqualTo(1);
        assertThat(summary.get("units").get(0).get("name").asString()).isEqualTo("科尔沁区");
        assertThat(read(horqinUnit, "/api/v1/campaigns/" + campaign + "/supervision/summary")
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(request(HttpMethod.GET, "/api/v1/openapi"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(doc)
                .contains(
                        "/api/v1/supervision/items",
                        "/api/v1/supervision/assignments",
                        "/api/v1/accountability",
                        "/api/v1/campaigns/{id}/accountability.xlsx");
    }

    private long assign(Actor who, long orgId) throws Exception {
        MockHttpServletResponse r = send(office, HttpMethod.POST, "/api/v1/supervision/assignments", """
                {"orgId":%d,"userId":%d}""".formatted(
                        orgId, who.user().id()));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return body(r).get("id").asLong();
    }

    private List<Long> listed(Actor actor) throws Exception {
        return listedInCampaign(actor, "");
    }

    private List<Long> listedInCampaign(Actor actor, String more) throws Exception {
        MockHttpServletResponse r = read(actor, "/api/v1/measures?size=200&campaignId=" + campaign + more);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        body(r).get("items").forEach(v -> ids.add(v.get("measure").get("id").asLong()));
        return ids;
    }

    private MockHttpServletResponse send(Actor actor, HttpMethod method, String path, String body) throws Exception {
        var request = request(method, path).header("Authorization", actor.bearer());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse read(Actor actor, String path) throws Exception {
        return send(actor, HttpMethod.GET, path, null);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
