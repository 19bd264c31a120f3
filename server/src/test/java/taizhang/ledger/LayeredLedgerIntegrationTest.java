package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.audit.AuditTrail;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 分层建账 through the API: the region's office leads a campaign; 通辽市 leads one of its measures and
 * splits it across its banners 科尔沁区 and 扎鲁特旗. 通辽市's 整改办 reviews its banners' reports on those
 * sub-measures, and nothing else; the region's office keeps the parent, which is not done while a
 * sub-measure is open unless the office says why.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LayeredLedgerIntegrationTest {

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
    AuditTrail audit;

    @Autowired
    JsonMapper json;

    @Autowired
    LedgerImport imports;

    @Autowired
    PlatformTransactionManager transactions;

    Actor office;
    Actor leagueUnit;
    Actor leagueOffice;
    Actor otherLeagueOffice;
    Actor horqinUnit;
    Actor jarudUnit;
    long campaign;
    long problem;
    long horqin;
    long jarud;
    Measure parent;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        leagueUnit = fixtures.actor("通辽市", Role.UNIT);
        leagueOffice = fixtures.actor("通辽市", Role.OFFICE);
        otherLeagueOffice = fixtures.actor("赤峰市", Role.OFFICE);
        horqinUnit = fixtures.actor("科尔沁区", Role.UNIT);
        jarudUnit = fixtures.actor("扎鲁特旗", Role.UNIT);
        horqin = fixtures.org("科尔沁区").id();
        jarud = fixtures.org("扎鲁特旗").id();
        campaign = ledger.campaign(office.user()).id();
        problem = ledger.problem(office.user(), campaign).id();
        parent = ledger.measure(office.user(), problem, fixtures.org("通辽市").id());
    }

    @Test
    void theLeadingLeagueSplitsItsMeasureAcrossItsBannersAndTheParentRollsUp() throws Exception {
        List<Long> subs = split(leagueUnit);

        assertThat(subs).hasSize(2);
        Measure first = measures.get(office.user(), subs.get(0));
        assertThat(first.campaignId()).isEqualTo(campaign);
        assertThat(first.leadOrgId()).isEqualTo(horqin);
        assertThat(first.deadline()).hasToString("2099-06-30");
        JsonNode rollUp = body(read(office, "/api/v1/measures/" + parent.id() + "/sub-measures"));
        assertThat(rollUp.get("total").asInt()).isEqualTo(2);
        assertThat(rollUp.get("open").asInt()).isEqualTo(2);
        assertThat(ids(rollUp.get("subMeasures"))).containsExactlyElementsOf(subs);
        assertThat(body(read(horqinUnit, "/api/v1/measures/" + subs.get(0) + "/sub-measures"))
                        .has("parentId"))
                .as("the banner does not see the league's measure")
                .isFalse();
        assertThat(body(read(leagueUnit, "/api/v1/measures/" + subs.get(0) + "/sub-measures"))
                        .get("parentId")
                        .asLong())
                .isEqualTo(parent.id());
        assertThat(read(jarudUnit, "/api/v1/measures/" + subs.get(0)).getStatus())
                .isEqualTo(404);
        assertThat(audit.history("measure", parent.id()))
                .anyMatch(e -> e.action().equals("measure.split"));
    }

    @Test
    void onlyTheLeadOrItsOfficeSplitsAndOnlyForUnitsBelowTheLead() throws Exception {
        assertThat(requests.send(horqinUnit, HttpMethod.POST, subMeasures(), splitBody(horqin, jarud))
                        .getStatus())
                .isEqualTo(404);
        assertThat(requests.send(otherLeagueOffice, HttpMethod.POST, subMeasures(), splitBody(horqin, jarud))
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse notBelow = requests.send(
                office,
                HttpMethod.POST,
                subMeasures(),
                splitBody(horqin, fixtures.org("红山区").id()));
        assertThat(notBelow.getStatus()).isEqualTo(400);
        assertThat(notBelow.getContentAsString()).contains("下级单位");
        assertThat(body(read(office, "/api/v1/measures/" + parent.id() + "/sub-measures"))
                        .get("total")
                        .asInt())
                .as("nothing half written")
                .isZero();
    }

    @Test
    void theLeaguesOfficeAcceptsItsBannersReportsOnItsSubMeasuresOnly() throws Exception {
        List<Long> subs = split(leagueUnit);
        long horqinReport = report(horqinUnit, subs.get(0), "DONE");
        long parentReport = report(leagueUnit, parent.id(), "IN_PROGRESS");
        Measure direct = ledger.measure(office.user(), problem, horqin);
        long directReport = report(horqinUnit, direct.id(), "IN_PROGRESS");

        assertThat(accept(otherLeagueOffice, horqinReport, null).getStatus()).isEqualTo(404);
        assertThat(accept(leagueOffice, parentReport, null).getStatus()).isEqualTo(403);
        assertThat(accept(leagueOffice, directReport, null).getStatus()).isEqualTo(403);
        MockHttpServletResponse accepted = accept(leagueOffice, horqinReport, null);

        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(200);
        assertThat(measures.get(office.user(), subs.get(0)).status()).isEqualTo(MeasureStatus.DONE);
        assertThat(accept(office, parentReport, null).getStatus()).isEqualTo(200);
        assertThat(body(read(leagueOffice, "/api/v1/measures/" + subs.get(0) + "/rights"))
                        .get("moves")
                        .toString())
                .contains("RETURN", "CLOSE");
        assertThat(body(read(leagueOffice, "/api/v1/measures/" + parent.id() + "/rights"))
                        .get("moves")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void theParentIsNotDoneWhileASubMeasureIsOpenUnlessTheOfficeSaysWhy() throws Exception {
        List<Long> subs = split(leagueUnit);
        accept(leagueOffice, report(horqinUnit, subs.get(0), "DONE"), null);
        long claimsDone = report(leagueUnit, parent.id(), "DONE");

        MockHttpServletResponse refused =
                requests.send(office, HttpMethod.POST, "/api/v1/measures/" + parent.id() + "/done", "{\"version\":0}");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("还有 1 项子任务未完成");
        assertThat(accept(office, claimsDone, null).getStatus()).isEqualTo(409);
        assertThat(measures.get(office.user(), parent.id()).status()).isEqualTo(MeasureStatus.NOT_STARTED);

        MockHttpServletResponse overridden = accept(office, claimsDone, "扎鲁特旗的任务已并入自治区统一项目");

        assertThat(overridden.getStatus()).as(overridden.getContentAsString()).isEqualTo(200);
        assertThat(measures.get(office.user(), parent.id()).status()).isEqualTo(MeasureStatus.DONE);
        assertThat(audit.history("measure", parent.id()))
                .filteredOn(e -> e.action().equals("measure.rollup-override"))
                .singleElement()
                .satisfies(e -> assertThat(e.afterJson()).contains("扎鲁特旗的任务已并入自治区统一项目", String.valueOf(subs.get(1))));
    }

    @Test
    void anImportedReportDoesNotFinishAParentWithAnOpenSubMeasure() throws Exception {
        split(leagueUnit);
        Measure stored = measures.get(office.user(), parent.id());
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> imports.applyAcceptedReports(
                        office.user(), List.of(new LedgerImport.StatusChange(stored, MeasureStatus.DONE)))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("还有 2 项子任务未完成");
        assertThat(measures.get(office.user(), parent.id()).status()).isEqualTo(MeasureStatus.NOT_STARTED);
        transaction.executeWithoutResult(s -> imports.applyAcceptedReports(
                office.user(), List.of(new LedgerImport.StatusChange(stored, MeasureStatus.IN_PROGRESS))));
        assertThat(measures.get(office.user(), parent.id()).status()).isEqualTo(MeasureStatus.IN_PROGRESS);
    }

    @Test
    void theLeaguesOfficeFindsItsBannersReportsInItsReviewQueue() throws Exception {
        List<Long> subs = split(leagueUnit);
        report(horqinUnit, subs.get(0), "IN_PROGRESS");
        report(leagueUnit, parent.id(), "IN_PROGRESS");
        String title = measures.get(office.user(), subs.get(0)).title();

        String queue = read(leagueOffice, "/review").getContentAsString();

        assertThat(queue).contains(title).doesNotContain(parent.title());
        assertThat(read(otherLeagueOffice, "/review").getContentAsString()).doesNotContain(title);
    }

    private List<Long> split(Actor actor) throws Exception {
        MockHttpServletResponse created =
                requests.send(actor, HttpMethod.POST, subMeasures(), splitBody(horqin, jarud));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return ids(body(created));
    }

    private String subMeasures() {
        return "/api/v1/measures/" + parent.id() + "/sub-measures";
    }

    private static String splitBody(long first, long second) {
        return """
                {"measures":[
                  {"title":"科尔沁区：草原生态修复","leadOrgId":%d,"deadline":"2099-06-30"},
                  {"title":"扎鲁特旗：草原生态修复","leadOrgId":%d,"deadline":"2099-09-30"}]}""".formatted(first, second);
    }

    private long report(Actor unit, long measureId, String claimed) throws Exception {
        MockHttpServletResponse filed =
                requests.send(unit, HttpMethod.POST, "/api/v1/measures/" + measureId + "/reports", """
                {"period":"%s","body":"进展：%s","claimedStatus":"%s","submit":true}""".formatted(
                                YearMonth.now(), claimed, claimed));
        assertThat(filed.getStatus()).as(filed.getContentAsString()).isEqualTo(201);
        return body(filed).get("id").asLong();
    }

    private MockHttpServletResponse accept(Actor reviewer, long reportId, String overrideReason) throws Exception {
        int version =
                body(read(office, "/api/v1/reports/" + reportId)).get("version").asInt();
        String reason = overrideReason == null ? "" : ",\"overrideReason\":\"" + overrideReason + "\"";
        return requests.send(
                reviewer,
                HttpMethod.POST,
                "/api/v1/reports/" + reportId + "/accept",
                "{\"version\":" + version + reason + "}");
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private MockHttpServletResponse read(Actor actor, String path) throws Exception {
        return requests.send(actor, HttpMethod.GET, path, null);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
