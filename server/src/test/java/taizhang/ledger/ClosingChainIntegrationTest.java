package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.evidence.EvidenceService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 销号审批链 through the API: the region's office sets its campaign's chain to 通辽市's own leader →
 * the office → the leading group (a leader of the region). 通辽市 leads a measure, reports it done
 * and the office accepts; 销号 then goes through each step in turn, and any step may return it.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ClosingChainIntegrationTest {

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
    EvidenceService evidence;

    @Autowired
    JsonMapper json;

    Actor office;
    Actor unit;
    Actor leagueLeader;
    Actor regionLeader;
    long campaign;
    Measure measure;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("通辽市", Role.UNIT);
        leagueLeader = fixtures.actor("通辽市", Role.LEADER);
        regionLeader = fixtures.actor("内蒙古自治区", Role.LEADER);
        campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        measure = ledger.measure(office.user(), problem, fixtures.org("通辽市").id());
        doneWithEvidence(measure.id());
    }

    @Test
    void closingWalksTheChainStepByStepAndTheLastApprovalCloses() throws Exception {
        setChain(office, "[\"LEAD_LEADER\",\"OFFICE\",\"LEADING_GROUP\"]");
        int version = measures.get(office.user(), measure.id()).version();
        MockHttpServletResponse direct = requests.send(
                office,
                HttpMethod.POST,
                "/api/v1/measures/" + measure.id() + "/close",
                "{\"version\":" + version + "}");
        assertThat(direct.getStatus()).isEqualTo(409);
        assertThat(direct.getContentAsString()).contains("审批链");

        JsonNode asked = body(requests.send(
                unit,
                HttpMethod.POST,
                "/api/v1/measures/" + measure.id() + "/closing-requests",
                "{\"version\":" + version + "}"));
        long request = asked.get("id").asLong();
        assertThat(state(office).get("currentStep").asString()).isEqualTo("LEAD_LEADER");

        assertThat(decide(office, request, "approve").getStatus()).isEqualTo(403);
        assertThat(decide(regionLeader, request, "approve").getStatus())
                .as("a leader above the lead unit is not its own leader")
                .isEqualTo(403);
        assertThat(decide(leagueLeader, request, "approve").getStatus()).isEqualTo(200);
        assertThat(state(office).get("mayDecide").asBoolean()).isTrue();
        assertThat(decide(regionLeader, request, "approve").getStatus()).isEqualTo(403);
        assertThat(decide(office, request, "approve").getStatus()).isEqualTo(200);
        assertThat(measures.get(office.user(), measure.id()).status()).isEqualTo(MeasureStatus.DONE);
        assertThat(decide(leagueLeader, request, "approve").getStatus()).isEqualTo(403);
        MockHttpServletResponse last = decide(regionLeader, request, "approve");

        assertThat(last.getStatus()).as(last.getContentAsString()).isEqualTo(200);
        assertThat(body(last).get("status").asString()).isEqualTo("APPROVED");
        assertThat(measures.get(office.user(), measure.id()).status()).isEqualTo(MeasureStatus.CLOSED);
        JsonNode closed = state(office);
        assertThat(closed.get("request").get("decisions")).hasSize(3);
        assertThat(closed.get("mayAsk").asBoolean()).isFalse();
    }

    @Test
    void aStepReturnsTheClosingWithAReasonAndTheMeasureGoesBackToItsUnit() throws Exception {
        setChain(office, "[\"LEAD_LEADER\",\"OFFICE\"]");
        int version = measures.get(office.user(), measure.id()).version();
        long request = body(requests.send(
                        office,
                        HttpMethod.POST,
                        "/api/v1/measures/" + measure.id() + "/closing-requests",
                        "{\"version\":" + version + "}"))
                .get("id")
                .asLong();
        assertThat(requests.send(
                                office,
                                HttpMethod.POST,
                                "/api/v1/measures/" + measure.id() + "/closing-requests",
                                "{\"version\":" + version + "}")
                        .getStatus())
                .as("one request at a time")
                .isEqualTo(409);

        MockHttpServletResponse noReason = requests.send(
                leagueLeader, HttpMethod.POST, "/api/v1/closing-requests/" + request + "/return", "{\"version\":0}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        MockHttpServletResponse returned =
                requests.send(leagueLeader, HttpMethod.POST, "/api/v1/closing-requests/" + request + "/return", """
                {"version":0,"reason":"验收报告缺少盖章"}""");

        assertThat(returned.getStatus()).as(returned.getContentAsString()).isEqualTo(200);
        assertThat(body(returned).get("status").asString()).isEqualTo("RETURNED");
        assertThat(measures.get(office.user(), measure.id()).status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        JsonNode state = state(unit);
        assertThat(state.has("currentStep")).isFalse();
        assertThat(state.get("request").get("decisions").get(0).get("reason").asString())
                .isEqualTo("验收报告缺少盖章");
    }

    @Test
    void onlyTheCampaignsOfficeSetsTheChainAndWithoutOneClosingIsTheOfficesAct() throws Exception {
        assertThat(requests.send(unit, HttpMethod.PUT, chainPath(), "{\"steps\":[\"OFFICE\"]}")
                        .getStatus())
                .isIn(403, 404);
        assertThat(requests.send(office, HttpMethod.PUT, chainPath(), "{\"steps\":[\"OFFICE\",\"OFFICE\"]}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(body(requests.send(office, HttpMethod.GET, chainPath(), null))
                        .get("steps"))
                .isEmpty();
        int version = measures.get(office.user(), measure.id()).version();
        assertThat(requests.send(
                                unit,
                                HttpMethod.POST,
                                "/api/v1/measures/" + measure.id() + "/closing-requests",
                                "{\"version\":" + version + "}")
                        .getStatus())
                .isEqualTo(409);

        MockHttpServletResponse closed = requests.send(
                office,
                HttpMethod.POST,
                "/api/v1/measures/" + measure.id() + "/close",
                "{\"version\":" + version + "}");

        assertThat(closed.getStatus()).as(closed.getContentAsString()).isEqualTo(200);
        assertThat(measures.get(office.user(), measure.id()).status()).isEqualTo(MeasureStatus.CLOSED);
    }

    @Test
    void theApiDocumentsTheChainAndTheSplit() throws Exception {
        String openApi =
                requests.send(office, HttpMethod.GET, "/api/v1/openapi", null).getContentAsString();

        assertThat(openApi)
                .contains(
                        "/api/v1/campaigns/{id}/closing-chain",
                        "/api/v1/measures/{id}/closing-requests",
                        "/api/v1/closing-requests/{id}/approve",
                        "/api/v1/closing-requests/{id}/return",
                        "/api/v1/measures/{id}/closing",
                        "/api/v1/measures/{id}/sub-measures");
    }

    private void doneWithEvidence(long measureId) throws Exception {
        MockHttpServletResponse filed = requests.send(
                unit, HttpMethod.POST, "/api/v1/measures/" + measureId + "/reports", """
                {"period":"%s","body":"已全部完成整改","claimedStatus":"DONE","submit":true}""".formatted(YearMonth.now()));
        assertThat(filed.getStatus()).as(filed.getContentAsString()).isEqualTo(201);
        JsonNode report = body(filed);
        assertThat(requests.send(
                                office,
                                HttpMethod.POST,
                                "/api/v1/reports/" + report.get("id").asLong() + "/accept",
                                "{\"version\":" + report.get("version").asInt() + "}")
                        .getStatus())
                .isEqualTo(200);
        evidence.upload(office.user(), measureId, null, LedgerFixtures.evidenceFile());
    }

    private void setChain(Actor actor, String steps) throws Exception {
        MockHttpServletResponse set = requests.send(actor, HttpMethod.PUT, chainPath(), "{\"steps\":" + steps + "}");
        assertThat(set.getStatus()).as(set.getContentAsString()).isEqualTo(200);
    }

    private String chainPath() {
        return "/api/v1/campaigns/" + campaign + "/closing-chain";
    }

    private JsonNode state(Actor actor) throws Exception {
        return body(requests.send(actor, HttpMethod.GET, "/api/v1/measures/" + measure.id() + "/closing", null));
    }

    private MockHttpServletResponse decide(Actor actor, long request, String decision) throws Exception {
        int version = body(requests.send(office, HttpMethod.GET, "/api/v1/measures/" + measure.id() + "/closing", null))
                .get("request")
                .get("version")
                .asInt();
        return requests.send(
                actor,
                HttpMethod.POST,
                "/api/v1/closing-requests/" + request + "/" + decision,
                "{\"version\":" + version + "}");
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
