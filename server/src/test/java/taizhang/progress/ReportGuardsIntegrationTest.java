package taizhang.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.evidence.EvidenceService;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may put what into a measure's reports: nothing once it is closed (销号) until a 回头看 (no
 * report, evidence, 签收, extension request or new figure); a
 * report only by its own unit (a co-unit reads it); the office's own writing is a note that never
 * stands for a unit's report; and nobody accepts a report they wrote or submitted.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ReportGuardsIntegrationTest {

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
    ProgressService progress;

    @Autowired
    IndicatorService indicators;

    @Autowired
    MeasureService measures;

    @Autowired
    TransactionTemplate transactions;

    private Actor office;
    private Actor tongliao;
    private Actor chifeng;
    private long problem;
    private long measure;

    /** A measure led by 通辽市 with 赤峰市 as co-unit, in a new campaign of the region's office. */
    @BeforeEach
    void measure() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        tongliao = fixtures.actor("通辽市", Role.UNIT);
        chifeng = fixtures.actor("赤峰市", Role.UNIT);
        long campaign = id(requests.as(office, post("/api/v1/campaigns"), "{\"name\":\"守护测试\",\"reportYear\":2021}"));
        problem = id(requests.as(
                office, post("/api/v1/campaigns/" + campaign + "/problems"), "{\"number\":1,\"title\":\"问题\"}"));
        measure = measureLedBy("通辽市", "\"coUnitIds\":[" + fixtures.org("赤峰市").id() + "],");
    }

    @Test
    void aClosedMeasureTakesNoReportNoDraftChangeAndNoEvidenceUntilReopened() throws Exception {
        long chifengDraft = id(report(chifeng, measure, "赤峰草稿", "IN_PROGRESS", false));
        long lead = id(report(tongliao, measure, "已完成", "DONE", true));
        requests.as(office, post("/api/v1/reports/" + lead + "/accept"), "{\"version\":1}")
                .andExpect(status().isOk());
        evidence.upload(office.user(), measure, null, LedgerFixtures.evidenceFile());
        int version = requests.body(requests.as(
                                office,
                                post("/api/v1/measures/" + measure + "/close"),
                                "{\"version\":" + version() + "}")
                        .andExpect(jsonPath("$.status").value("CLOSED")))
                .get("version")
                .asInt();

        report(chifeng, measure, "销号后再报", "DONE", false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已销号")));
        requests.as(
                        chifeng,
                        put("/api/v1/reports/" + chifengDraft),
                        "{\"version\":0,\"body\":\"改草稿\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("重新打开")));
        requests.as(chifeng, post("/api/v1/reports/" + chifengDraft + "/submit"), "{\"version\":0}")
                .andExpect(status().isConflict());
        mvc.perform(multipart("/measures/" + measure + "/evidence")
                        .file(new MockMultipartFile(
                                "file",
                                "proof.pdf",
                                "application/pdf",
                                LedgerFixtures.evidenceFile().bytes()))
                        .header("Authorization", tongliao.bearer()))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> progress.recordImported(
                        office.user(), measure, THIS_MONTH, "导入的新进展", MeasureStatus.IN_PROGRESS))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("已销号");
        mvc.perform(get("/api/v1/measures/" + measure + "/rights").header("Authorization", tongliao.bearer()))
                .andExpect(jsonPath("$.report").value(false))
                .andExpect(jsonPath("$.attach").value(false));
        page(tongliao, "/my").andExpect(content().string(not(containsString("/my/measures/" + measure + "/report"))));
        page(tongliao, "/measures/" + measure)
                .andExpect(content().string(not(containsString("/measures/" + measure + "/evidence\""))));
        assertThat(reports(measure)).hasSize(2);

        requests.as(
                        office,
                        post("/api/v1/measures/" + measure + "/reopen"),
                        "{\"version\":" + version + ",\"reason\":\"回头看\"}")
                .andExpect(status().isOk());
        requests.as(
                        chifeng,
                        put("/api/v1/reports/" + chifengDraft),
                        "{\"version\":0,\"body\":\"改草稿\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aClosedMeasureTakesNoSigningExtensionRequestOrNewFigureUntilReopened() throws Exception {
        long indicator = id(requests.as(
                office,
                post("/api/v1/measures/" + measure + "/indicators"),
                "{\"name\":\"新建基站\",\"unit\":\"个\",\"target\":100}"));
        requests.as(office, post("/api/v1/indicators/" + indicator + "/readings"), "{\"period\":\"2021\",\"value\":10}")
                .andExpect(status().isCreated());
        long lead = id(report(tongliao, measure, "已完成", "DONE", true));
        requests.as(office, post("/api/v1/reports/" + lead + "/accept"), "{\"version\":1}")
                .andExpect(status().isOk());
        evidence.upload(office.user(), measure, null, LedgerFixtures.evidenceFile());
        int version = requests.body(requests.as(
                                office,
                                post("/api/v1/measures/" + measure + "/close"),
                                "{\"version\":" + version() + "}")
                        .andExpect(jsonPath("$.status").value("CLOSED")))
                .get("version")
                .asInt();

        requests.as(chifeng, post("/api/v1/measures/" + measure + "/sign"), "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已销号，不能再签收")));
        requests.as(
                        chifeng,
                        post("/api/v1/measures/" + measure + "/extensions"),
                        "{\"requestedDeadline\":\"2100-06-30\",\"reason\":\"工程延误\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("重新打开")));
        page(chifeng, "/measures/" + measure)
                .andExpect(content().string(not(containsString("action=\"/measures/" + measure + "/sign\""))));
        requests.as(office, post("/api/v1/indicators/" + indicator + "/readings"), "{\"period\":\"2021\",\"value\":20}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已销号")));
        Measure closed = measures.get(office.user(), measure);
        // Figures it has already change nothing (importing a report again); a new figure or indicator is refused.
        assertThat(importFigures(figure(closed, "新建基站", "10"))).isZero();
        assertThatThrownBy(() -> importFigures(figure(closed, "新建基站", "30")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("已销号，不能再导入指标数据");
        assertThatThrownBy(() -> importFigures(figure(closed, "改造管网", "5")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("重新打开");
        assertThat(requests.body(mvc.perform(
                                get("/api/v1/indicators/" + indicator).header("Authorization", office.bearer())))
                        .get("readings"))
                .hasSize(1);

        requests.as(
                        office,
                        post("/api/v1/measures/" + measure + "/reopen"),
                        "{\"version\":" + version + ",\"reason\":\"回头看\"}")
                .andExpect(status().isOk());
        requests.as(chifeng, post("/api/v1/measures/" + measure + "/sign"), "{}")
                .andExpect(status().isOk());
        assertThat(importFigures(figure(measures.get(office.user(), measure), "新建基站", "30")))
                .isEqualTo(1);
    }

    private IndicatorService.ImportedFigure figure(Measure m, String name, String value) {
        return new IndicatorService.ImportedFigure(m, name, "个", new BigDecimal(value), false, "2021", "导入：测试.txt");
    }

    private int importFigures(IndicatorService.ImportedFigure figure) {
        return transactions.execute(
                tx -> indicators.recordImported(office.user(), figure.measure().campaignId(), List.of(figure)));
    }

    @Test
    void aCoUnitReadsAnotherUnitsDraftButCannotOverwriteOrSubmitIt() throws Exception {
        long draft = id(report(tongliao, measure, "通辽草稿", "IN_PROGRESS", false));

        mvc.perform(get("/api/v1/reports/" + draft).header("Authorization", chifeng.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("通辽草稿"));
        requests.as(
                        chifeng,
                        put("/api/v1/reports/" + draft),
                        "{\"version\":0,\"body\":\"赤峰覆盖\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("只有填报单位")));
        requests.as(chifeng, post("/api/v1/reports/" + draft + "/submit"), "{\"version\":0}")
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/measures/" + measure + "/report")
                        .header("Authorization", chifeng.bearer())
                        .param("reportId", String.valueOf(draft))
                        .param("version", "0")
                        .param("period", THIS_MONTH)
                        .param("body", "赤峰从表单覆盖")
                        .param("claimed", "DONE")
                        .param("action", "submit"))
                .andExpect(status().isForbidden());
        page(chifeng, "/my").andExpect(content().string(not(containsString("通辽草稿"))));

        JsonNode stored = report(draft);
        assertThat(stored.get("body").asString()).isEqualTo("通辽草稿");
        assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
        assertThat(stored.get("authorId").asLong()).isEqualTo(tongliao.user().id());

        Actor colleague = fixtures.actor("通辽市", Role.UNIT);
        requests.as(
                        colleague,
                        put("/api/v1/reports/" + draft),
                        "{\"version\":0,\"body\":\"通辽补充\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorId").value(colleague.user().id()));
    }

    @Test
    void theOfficesOwnReportIsANoteThatNeverGoesToReviewNorMovesTheMeasure() throws Exception {
        report(office, measure, "整改办认定已完成", "DONE", true)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("工作记录")));
        assertThat(reports(measure)).isEmpty();

        JsonNode note = requests.body(report(office, measure, "整改办认定已完成", "DONE", false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.officeNote").value(true)));
        requests.as(office, post("/api/v1/reports/" + note.get("id").asLong() + "/submit"), "{\"version\":0}")
                .andExpect(status().isConflict());
        requests.as(office, post("/api/v1/reports/" + note.get("id").asLong() + "/accept"), "{\"version\":0}")
                .andExpect(status().isConflict());
        assertThat(measureStatus(measure)).isEqualTo("NOT_STARTED");
        page(office, "/measures/" + measure).andExpect(content().string(containsString("整改办记录")));

        long unitReport = id(report(tongliao, measure, "通辽已完成", "DONE", true));
        assertThat(report(unitReport).get("officeNote").asBoolean()).isFalse();
    }

    /** 巴彦淖尔市's office keeps a campaign of its own, whose review queue no other test fills. */
    @Test
    void whoeverWroteOrSubmittedAReportCannotAcceptIt() throws Exception {
        office = fixtures.actor("巴彦淖尔市", Role.OFFICE);
        long campaign = id(requests.as(office, post("/api/v1/campaigns"), "{\"name\":\"本级任务\",\"reportYear\":2021}"));
        problem = id(requests.as(
                office, post("/api/v1/campaigns/" + campaign + "/problems"), "{\"number\":1,\"title\":\"问题\"}"));
        long ownMeasure = measureLedBy("巴彦淖尔市", "");
        Actor colleague = fixtures.actor("巴彦淖尔市", Role.OFFICE);
        long written = id(report(office, ownMeasure, "自治区本级已完成", "IN_PROGRESS", false));
        requests.as(
                        colleague,
                        put("/api/v1/reports/" + written),
                        "{\"version\":0,\"body\":\"本级完成\",\"claimedStatus\":\"DONE\"}")
                .andExpect(status().isOk());
        requests.as(colleague, post("/api/v1/reports/" + written + "/submit"), "{\"version\":1}")
                .andExpect(status().isOk());

        for (Actor writer : new Actor[] {office, colleague}) {
            requests.as(writer, post("/api/v1/reports/" + written + "/accept"), "{\"version\":2}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("职责分离")));
        }
        assertThat(measureStatus(ownMeasure)).isEqualTo("NOT_STARTED");
        page(colleague, "/review").andExpect(content().string(containsString("须由其他人员审核通过")));

        Actor reviewer = fixtures.actor("巴彦淖尔市", Role.OFFICE);
        page(reviewer, "/review").andExpect(content().string(containsString("/review/reports/" + written + "/accept")));
        requests.as(reviewer, post("/api/v1/reports/" + written + "/accept"), "{\"version\":2}")
                .andExpect(status().isOk());
        assertThat(measureStatus(ownMeasure)).isEqualTo("DONE");
    }

    private long measureLedBy(String lead, String more) throws Exception {
        return id(requests.as(
                office,
                post("/api/v1/problems/" + problem + "/measures"),
                "{\"title\":\"建立台账\",\"leadOrgId\":" + fixtures.org(lead).id() + "," + more
                        + "\"deadline\":\"2099-12-31\"}"));
    }

    private ResultActions report(Actor actor, long measureId, String text, String claimed, boolean submit)
            throws Exception {
        return requests.as(
                actor,
                post("/api/v1/measures/" + measureId + "/reports"),
                "{\"period\":\"" + THIS_MONTH + "\",\"body\":\"" + text + "\",\"claimedStatus\":\"" + claimed
                        + "\",\"submit\":" + submit + "}");
    }

    private JsonNode report(long id) throws Exception {
        return requests.body(mvc.perform(get("/api/v1/reports/" + id).header("Authorization", office.bearer())));
    }

    private JsonNode reports(long measureId) throws Exception {
        return requests.body(mvc.perform(
                get("/api/v1/measures/" + measureId + "/reports").header("Authorization", office.bearer())));
    }

    private int version() throws Exception {
        return measureNode(measure).get("version").asInt();
    }

    private String measureStatus(long measureId) throws Exception {
        return measureNode(measureId).get("status").asString();
    }

    private JsonNode measureNode(long measureId) throws Exception {
        return requests.body(
                mvc.perform(get("/api/v1/measures/" + measureId).header("Authorization", office.bearer())));
    }

    private ResultActions page(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", actor.bearer()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    private long id(ResultActions result) throws Exception {
        return requests.body(result).get("id").asLong();
    }
}
