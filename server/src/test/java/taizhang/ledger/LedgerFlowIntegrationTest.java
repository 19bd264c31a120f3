package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
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
 * The reporting loop through the API, by the office's named moves: a unit reports, the office
 * returns and accepts; 销号 needs evidence; 回头看 reopens; a co-unit reports its own part; a
 * report's period is checked.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LedgerFlowIntegrationTest {

    private static final String THIS_MONTH = YearMonth.now().toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    EvidenceService evidence;

    @Autowired
    AuditTrail audit;

    private Actor office;
    private Actor tongliao;
    private Actor chifeng;
    private long campaign;
    private long measure;

    /** A measure led by 通辽市 with 赤峰市 as co-unit, in a new campaign of the region's office. */
    @BeforeEach
    void measure() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        tongliao = fixtures.actor("通辽市", Role.UNIT);
        chifeng = fixtures.actor("赤峰市", Role.UNIT);
        campaign = id(requests.as(office, post("/api/v1/campaigns"), "{\"name\":\"流程测试\",\"reportYear\":2021}"));
        long problem = id(requests.as(
                office, post("/api/v1/campaigns/" + campaign + "/problems"), "{\"number\":1,\"title\":\"问题\"}"));
        measure = id(requests.as(
                office,
                post("/api/v1/problems/" + problem + "/measures"),
                "{\"title\":\"新建5G基站\",\"leadOrgId\":" + fixtures.org("通辽市").id() + ",\"coUnitIds\":["
                        + fixtures.org("赤峰市").id() + "],\"deadline\":\"2099-12-31\"}"));
    }

    @Test
    void unitReportsOfficeReturnsAcceptsAndClosesOnEvidence() throws Exception {
        long indicator = id(requests.as(
                office,
                post("/api/v1/measures/" + measure + "/indicators"),
                "{\"name\":\"新建5G基站\",\"unit\":\"个\",\"target\":10000}"));
        JsonNode report = requests.body(requests.as(
                        tongliao,
                        post("/api/v1/measures/" + measure + "/reports"),
                        "{\"period\":\"" + THIS_MONTH
                                + "\",\"body\":\"已建成5772个\",\"claimedStatus\":\"DONE\",\"submit\":true,"
                                + "\"figures\":[{\"indicatorId\":" + indicator + ",\"value\":5772}]}")
                .andExpect(status().isCreated()));
        long reportId = report.get("id").asLong();
        assertThat(report.get("status").asText()).isEqualTo("SUBMITTED");

        requests.as(office, post("/api/v1/reports/" + reportId + "/return"), "{\"version\":1,\"reason\":\"缺少佐证材料\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        requests.as(tongliao, post("/api/v1/reports/" + reportId + "/submit"), "{\"version\":2}")
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        requests.as(office, post("/api/v1/reports/" + reportId + "/accept"), "{\"version\":3}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));

        mvc.perform(get("/api/v1/indicators/" + indicator).header("Authorization", tongliao.bearer()))
                .andExpect(jsonPath("$.completionRate").value(57.72));
        int version = current().get("version").asInt();
        assertThat(current().get("status").asText()).isEqualTo("DONE");

        requests.as(office, post("/api/v1/measures/" + measure + "/close"), "{\"version\":" + version + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("销号需要佐证材料：请上传至少一个文件"));
        assertThat(current().get("status").asText()).isEqualTo("DONE");

        evidence.upload(tongliao.user(), measure, reportId, LedgerFixtures.evidenceFile());
        requests.as(office, post("/api/v1/measures/" + measure + "/close"), "{\"version\":" + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void theGenericStatusEndpointIsGone() throws Exception {
        requests.as(office, post("/api/v1/measures/" + measure + "/status"), "{\"version\":0,\"status\":\"DONE\"}")
                .andExpect(status().is4xxClientError());
        assertThat(current().get("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void returningDoneWorkNeedsAReason() throws Exception {
        requests.as(office, post("/api/v1/measures/" + measure + "/done"), "{\"version\":0}")
                .andExpect(jsonPath("$.status").value("DONE"));
        requests.as(office, post("/api/v1/measures/" + measure + "/return"), "{\"version\":1}")
                .andExpect(status().isBadRequest());
        requests.as(office, post("/api/v1/measures/" + measure + "/return"), "{\"version\":1,\"reason\":\"  \"}")
                .andExpect(status().isBadRequest());
        assertThat(current().get("status").asText()).isEqualTo("DONE");

        requests.as(office, post("/api/v1/measures/" + measure + "/return"), "{\"version\":1,\"reason\":\"佐证不足\"}")
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        AuditEvent returned = audit.history("measure", measure)
                .get(audit.history("measure", measure).size() - 1);
        assertThat(returned.action()).isEqualTo("measure.return");
        assertThat(json.readTree(returned.afterJson()).get("reason").asText()).isEqualTo("佐证不足");
        assertThat(json.readTree(returned.afterJson()).get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void reopeningAClosedMeasureNeedsAReasonKeepsItsHistoryAndCountsIt() throws Exception {
        JsonNode report = requests.body(requests.as(
                tongliao,
                post("/api/v1/measures/" + measure + "/reports"),
                "{\"period\":\"" + THIS_MONTH + "\",\"body\":\"已完成\",\"claimedStatus\":\"DONE\",\"submit\":true}"));
        requests.as(office, post("/api/v1/reports/" + report.get("id").asLong() + "/accept"), "{\"version\":1}");
        evidence.upload(office.user(), measure, null, LedgerFixtures.evidenceFile());
        int version = requests.body(requests.as(
                        office,
                        post("/api/v1/measures/" + measure + "/close"),
                        "{\"version\":" + current().get("version").asInt() + "}"))
                .get("version")
                .asInt();

        requests.as(office, post("/api/v1/measures/" + measure + "/reopen"), "{\"version\":" + version + "}")
                .andExpect(status().isBadRequest());
        requests.as(
                        office,
                        post("/api/v1/measures/" + measure + "/reopen"),
                        "{\"version\":" + version + ",\"reason\":\"回头看发现反弹\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.reopened").value(1));

        assertThat(audit.history("measure", measure))
                .extracting(AuditEvent::action)
                .containsSubsequence("measure.create", "measure.report-accepted", "measure.close", "measure.reopen");
        JsonNode statistics = requests.body(mvc.perform(
                get("/api/v1/campaigns/" + campaign + "/statistics").header("Authorization", office.bearer())));
        assertThat(statistics.get("reopened").asInt()).isEqualTo(1);
        assertThat(statistics.get("measures").get("total").asInt()).isEqualTo(1);
        mvc.perform(get("/api/v1/measures/" + measure + "/reports").header("Authorization", office.bearer()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("ACCEPTED"));
    }

    @Test
    void aCoUnitsAcceptedReportRecordsItsPartAndLeavesTheStatusToTheLead() throws Exception {
        JsonNode part = requests.body(requests.as(
                chifeng,
                post("/api/v1/measures/" + measure + "/reports"),
                "{\"period\":\"" + THIS_MONTH + "\",\"body\":\"赤峰部分已完成\",\"claimedStatus\":\"DONE\",\"submit\":true}"));
        requests.as(office, post("/api/v1/reports/" + part.get("id").asLong() + "/accept"), "{\"version\":1}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(current().get("status").asText()).isEqualTo("NOT_STARTED");

        JsonNode lead = requests.body(requests.as(
                tongliao,
                post("/api/v1/measures/" + measure + "/reports"),
                "{\"period\":\"" + THIS_MONTH
                        + "\",\"body\":\"通辽推进中\",\"claimedStatus\":\"IN_PROGRESS\",\"submit\":true}"));
        requests.as(office, post("/api/v1/reports/" + lead.get("id").asLong() + "/accept"), "{\"version\":1}");
        assertThat(current().get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aUnitCannotReportForAPeriodThatHasNotBegun() throws Exception {
        String next = YearMonth.now().plusMonths(1).toString();
        requests.as(
                        tongliao,
                        post("/api/v1/measures/" + measure + "/reports"),
                        "{\"period\":\"" + next + "\",\"body\":\"提前填报\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚未开始")));
        requests.as(
                        tongliao,
                        post("/api/v1/measures/" + measure + "/reports"),
                        "{\"period\":\"2031-05\",\"body\":\"十年后\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isConflict());
        reportsAre(0);
    }

    @Test
    void anEarlierPeriodNeedsTheOfficesBackfillDecision() throws Exception {
        String earlier = YearMonth.now().minusMonths(3).toString();
        String filing = "{\"period\":\"" + earlier + "\",\"body\":\"补报\",\"claimedStatus\":\"IN_PROGRESS\"}";
        requests.as(tongliao, post("/api/v1/measures/" + measure + "/reports"), filing)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("整改办同意")));

        String allow = "{\"organisationId\":" + fixtures.org("通辽市").id() + ",\"period\":\"" + earlier
                + "\",\"reason\":\"系统故障未能按期填报\"}";
        requests.as(tongliao, post("/api/v1/measures/" + measure + "/backfills"), allow)
                .andExpect(status().isForbidden());
        requests.as(office, post("/api/v1/measures/" + measure + "/backfills"), allow)
                .andExpect(status().isNoContent());
        requests.as(tongliao, post("/api/v1/measures/" + measure + "/reports"), filing)
                .andExpect(status().isCreated());

        assertThat(audit.history("measure", measure))
                .extracting(AuditEvent::action)
                .contains("report.backfill-allowed");
        // The decision is the unit's it was made for: 赤峰市 still may not file that period.
        requests.as(chifeng, post("/api/v1/measures/" + measure + "/reports"), filing)
                .andExpect(status().isConflict());
    }

    @Test
    void aUnitHasOneReportPerPeriodItsDraftReplacedAndASubmittedOneNamed() throws Exception {
        String draft = "{\"period\":\"" + THIS_MONTH + "\",\"body\":\"草稿\",\"claimedStatus\":\"IN_PROGRESS\"}";
        long first = requests.body(requests.as(tongliao, post("/api/v1/measures/" + measure + "/reports"), draft))
                .get("id")
                .asLong();
        JsonNode replaced = requests.body(requests.as(
                tongliao,
                post("/api/v1/measures/" + measure + "/reports"),
                "{\"period\":\"" + THIS_MONTH + "\",\"body\":\"改后提交\",\"claimedStatus\":\"DONE\",\"submit\":true}"));
        assertThat(replaced.get("id").asLong()).isEqualTo(first);
        assertThat(replaced.get("body").asText()).isEqualTo("改后提交");
        assertThat(replaced.get("status").asText()).isEqualTo("SUBMITTED");

        requests.as(tongliao, post("/api/v1/measures/" + measure + "/reports"), draft)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("报告编号 " + first)));
        reportsAre(1);
        // Another unit's report for the same period is its own.
        requests.as(chifeng, post("/api/v1/measures/" + measure + "/reports"), draft)
                .andExpect(status().isCreated());
    }

    private void reportsAre(int count) throws Exception {
        mvc.perform(get("/api/v1/measures/" + measure + "/reports").header("Authorization", office.bearer()))
                .andExpect(jsonPath("$.length()").value(count));
    }

    private JsonNode current() throws Exception {
        return requests.body(mvc.perform(get("/api/v1/measures/" + measure).header("Authorization", office.bearer())));
    }

    private long id(ResultActions result) throws Exception {
        return requests.body(result.andExpect(status().isCreated())).get("id").asLong();
    }
}
