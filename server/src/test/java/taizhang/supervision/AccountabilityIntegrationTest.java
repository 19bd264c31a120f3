package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 责任追究 through the API: recorded by the office or a unit's supervisor, read by offices,
 * supervisors and leaders, never by units (403) and never in the public notice; exported as Excel;
 * counted per unit for the assessment with the year's findings.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AccountabilityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    SupervisionCounts counts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JsonMapper json;

    Actor office;
    Actor supervisor;
    Actor leader;
    Actor chifengUnit;
    Actor horqinUnit;
    long campaign;
    long chifeng;
    long horqin;
    Measure measure;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        leader = fixtures.actor("内蒙古自治区", Role.LEADER);
        chifengUnit = fixtures.actor("赤峰市", Role.UNIT);
        horqinUnit = fixtures.actor("科尔沁区", Role.UNIT);
        chifeng = fixtures.org("赤峰市").id();
        horqin = fixtures.org("科尔沁区").id();
        campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                office.user(), ledger.problem(office.user(), campaign).id(), chifeng);
        MockHttpServletResponse assigned =
                send(office, HttpMethod.POST, "/api/v1/supervision/assignments", """
                {"orgId":%d,"userId":%d}""".formatted(
                                chifeng, supervisor.user().id()));
        assertThat(assigned.getStatus()).isEqualTo(201);
    }

    @Test
    void theRegisterIsForOfficesSupervisorsAndLeadersAndNeverForUnits() throws Exception {
        long id = record(supervisor, chifeng, "王某");

        assertThat(read(office, "/api/v1/accountability?campaignId=" + campaign).getContentAsString())
                .contains("王某", "约谈", "内纪〔2021〕3号");
        assertThat(read(leader, "/api/v1/accountability/" + id).getStatus()).isEqualTo(200);
        assertThat(read(supervisor, "/api/v1/accountability/" + id).getStatus()).isEqualTo(200);
        for (String path : new String[] {
            "/api/v1/accountability?campaignId=" + campaign,
            "/api/v1/accountability/" + id,
            "/api/v1/campaigns/" + campaign + "/accountability.xlsx"
        }) {
            MockHttpServletResponse refused = read(chifengUnit, path);
            assertThat(refused.getStatus()).as(path).isEqualTo(403);
            assertThat(refused.getContentAsString()).doesNotContain("王某");
        }
        assertThat(read(chifengUnit, "/supervision/accountability?campaign=" + campaign)
                        .getStatus())
                .isEqualTo(403);
        assertThat(read(chifengUnit, "/api/v1/measures/" + measure.id()).getContentAsString())
                .doesNotContain("王某");
        MockHttpServletResponse published = read(office, "/api/v1/campaigns/" + campaign + "/notice?public=true");
        assertThat(published.getStatus()).isEqualTo(200);
        assertThat(published.getContentAsString()).doesNotContain("王某", "约谈");
        assertThat(audit.history("accountability_action", id))
                .extracting(e -> e.action())
                .containsExactly("accountability.create");
    }

    @Test
    void onlyTheOfficeOrTheUnitsSupervisorRecordsAndOnlyTheRecorderOrTheOfficeCorrects() throws Exception {
        assertThat(send(supervisor, HttpMethod.POST, "/api/v1/accountability", body(horqin, "越权"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(leader, HttpMethod.POST, "/api/v1/accountability", body(chifeng, "领导"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(chifengUnit, HttpMethod.POST, "/api/v1/accountability", body(chifeng, "自己"))
                        .getStatus())
                .isEqualTo(403);
        long byOffice = record(office, chifeng, "李某");

        assertThat(send(supervisor, HttpMethod.PUT, "/api/v1/accountability/" + byOffice, revision(0))
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse corrected =
                send(office, HttpMethod.PUT, "/api/v1/accountability/" + byOffice, revision(0));
        assertThat(corrected.getStatus()).as(corrected.getContentAsString()).isEqualTo(200);
        assertThat(json(corrected).get("kind").asString()).isEqualTo("通报批评");
        assertThat(send(office, HttpMethod.PUT, "/api/v1/accountability/" + byOffice, revision(0))
                        .getStatus())
                .isEqualTo(409);
        assertThat(send(office, HttpMethod.POST, "/api/v1/accountability", """
                        {"campaignId":%d,"unitId":%d,"kind":"罚款","decidedOn":"2021-07-01","decidedBy":"纪委"}""".formatted(campaign, chifeng))
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theRegisterIsExportedAsExcelInTheRegistersColumns() throws Exception {
        record(office, chifeng, "王某");

        MockHttpServletResponse sheet = read(office, "/api/v1/campaigns/" + campaign + "/accountability.xlsx");

        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getHeader("Content-Disposition")).contains("accountability-" + campaign + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getContentAsByteArray()))) {
            Sheet register = book.getSheet("责任追究");
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(register.getRow(1).getCell(1))).isEqualTo("责任单位");
            assertThat(f.formatCellValue(register.getRow(2).getCell(1))).isEqualTo("赤峰市");
            assertThat(f.formatCellValue(register.getRow(2).getCell(2))).isEqualTo("王某");
            assertThat(f.formatCellValue(register.getRow(2).getCell(4))).isEqualTo("约谈");
            assertThat(f.formatCellValue(register.getRow(2).getCell(7))).isEqualTo("内纪〔2021〕3号");
            assertThat(f.formatCellValue(register.getRow(2).getCell(9))).isEqualTo(String.valueOf(measure.id()));
        }
    }

    @Test
    void theAssessmentCountsAYearsFindingsAndActionsPerUnit() throws Exception {
        for (String day : new String[] {"2021-03-01", "2021-11-30", "2020-12-31"}) {
            send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                    {"campaignId":%d,"unitId":%d,"method":"座谈","checkedOn":"%s","findings":"发现"}""".formatted(campaign, chifeng, day));
        }
        send(supervisor, HttpMethod.POST, "/api/v1/supervision/items", """
                {"campaignId":%d,"unitId":%d,"method":"座谈","checkedOn":"2021-04-01"}""".formatted(campaign, chifeng));
        record(office, chifeng, "王某");

        assertThat(counts.findingsPerUnit(campaign, 2021)).isEqualTo(Map.of(chifeng, 2));
        assertThat(counts.findingsPerUnit(campaign, 2020)).isEqualTo(Map.of(chifeng, 1));
        assertThat(counts.accountabilityPerUnit(campaign, 2021)).isEqualTo(Map.of(chifeng, 1));
        assertThat(counts.accountabilityPerUnit(campaign, 2022)).isEmpty();
    }

    private long record(Actor actor, long unit, String person) throws Exception {
        MockHttpServletResponse r = send(actor, HttpMethod.POST, "/api/v1/accountability", body(unit, person));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return json(r).get("action").get("id").asLong();
    }

    private String body(long unit, String person) {
        return """
                {"campaignId":%d,"unitId":%d,"personName":"%s","personPost":"副局长","kind":"约谈",
                 "decidedOn":"2021-07-01","decidedBy":"自治区纪委监委","documentNo":"内纪〔2021〕3号",
                 "measureIds":[%d]}""".formatted(campaign, unit, person, measure.id());
    }

    private String revision(int version) {
        return """
                {"campaignId":%d,"unitId":%d,"personName":"李某","kind":"通报批评","decidedOn":"2021-07-02",
                 "decidedBy":"自治区纪委监委","version":%d}""".formatted(campaign, chifeng, version);
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

    private JsonNode json(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
