package taizhang.defect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.notice.Notice;
import taizhang.notice.NoticeService;
import taizhang.notice.NoticeSettingsService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text defect found at import stays with its measure after acceptance: on the measure page, in
 * the ledger's 有文字疑点 filter and marked in the notice preview, until the office corrects the
 * text or checks it (audited).
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class TextDefectsIntegrationTest {

    private static final String REPORT = """
            (一)保障基本民生
            1.低保标准偏低。一是提高城乡低保保障标注，按季度调整。二是保障生活必须品供应。三是畅通办事渠道，系统受理办件件。
            2.推进重点任务。一是新建5G基站5772个。
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    AuditTrail audit;

    @Autowired
    NoticeService notices;

    @Autowired
    NoticeSettingsService settings;

    @Test
    void aDefectFollowsItsMeasureUntilCorrectedOrChecked() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor unit = fixtures.actor("赤峰市", Role.UNIT);
        long campaign = accept(office);
        JsonNode flagged = requests.read(
                office,
                get("/api/v1/measures")
                        .param("campaignId", String.valueOf(campaign))
                        .param("textDefects", "true"));
        assertThat(flagged.get("items")).hasSize(3);
        long lowIncome = flagged.at("/items/0/measure/id").asLong();
        long supplies = flagged.at("/items/1/measure/id").asLong();
        long channels = flagged.at("/items/2/measure/id").asLong();
        JsonNode defects = requests.read(office, get("/api/v1/measures/" + lowIncome + "/text-defects"));
        assertThat(defects).hasSize(1);
        assertThat(defects.at("/0/kind").asText()).isEqualTo("typo");
        assertThat(defects.at("/0/text").asText()).isEqualTo("保障标注");
        assertThat(defects.at("/0/open").asBoolean()).isTrue();
        assertThat(requests.read(office, get("/api/v1/measures/" + channels + "/text-defects"))
                        .at("/0/kind")
                        .asText())
                .isEqualTo("missing-number");

        String panel = requests.page(office, "/measures/" + lowIncome + "/text-defects");
        assertThat(panel)
                .contains("错别字")
                .contains("<mark class=\"text-defect\">保障标注</mark>")
                .contains("待处理");
        assertThat(requests.page(office, "/ledger?campaign=" + campaign + "&textDefects=true"))
                .contains("有文字疑点");
        assertThat(requests.page(office, "/notices/" + draftNotice(office, campaign)))
                .contains("<mark class=\"text-defect\" title=\"文字疑点\">保障标注</mark>")
                .contains("<mark class=\"text-defect\" title=\"文字疑点\">必须品</mark>");

        long typo = defects.at("/0/id").asLong();
        mvc.perform(correct(unit, lowIncome, typo, "保障标准")).andExpect(status().isNotFound());
        mvc.perform(correct(office, lowIncome, typo, "保障标准")).andExpect(status().isOk());
        assertThat(requests.read(office, get("/api/v1/measures/" + lowIncome))
                        .get("body")
                        .asText())
                .contains("提高城乡低保保障标准")
                .doesNotContain("标注");
        assertThat(requests.read(office, get("/api/v1/measures/" + lowIncome + "/text-defects"))
                        .at("/0/open")
                        .asBoolean())
                .isFalse();
        mvc.perform(correct(office, lowIncome, typo, "保障标准")).andExpect(status().isConflict());

        long wrongWord = requests.read(office, get("/api/v1/measures/" + supplies + "/text-defects"))
                .at("/0/id")
                .asLong();
        mvc.perform(post("/api/v1/measures/" + supplies + "/text-defects/" + wrongWord + "/check")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk());
        assertThat(requests.read(
                                office,
                                get("/api/v1/measures")
                                        .param("campaignId", String.valueOf(campaign))
                                        .param("textDefects", "true"))
                        .get("items"))
                .extracting(n -> n.at("/measure/id").asLong())
                .containsExactly(channels);
        assertThat(audit.history("measure", lowIncome))
                .extracting(AuditEvent::action)
                .contains("measure.edit");
        assertThat(audit.history("measure", supplies))
                .extracting(AuditEvent::action)
                .contains("measure.text-defect-checked");
    }

    @Test
    void theLedgerTagsTheRowsTheFilterFinds() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = accept(office);
        JsonNode flagged = requests.read(
                office,
                get("/api/v1/measures")
                        .param("campaignId", String.valueOf(campaign))
                        .param("textDefects", "true"));
        java.util.List<Long> flaggedIds = new java.util.ArrayList<>();
        flagged.get("items").forEach(n -> flaggedIds.add(n.at("/measure/id").asLong()));
        JsonNode all = requests.read(office, get("/api/v1/measures").param("campaignId", String.valueOf(campaign)));
        assertThat(all.get("items").size()).isGreaterThan(flaggedIds.size());

        String ledger = requests.page(office, "/ledger?campaign=" + campaign);
        for (JsonNode item : all.get("items")) {
            long id = item.at("/measure/id").asLong();
            assertThat(row(ledger, id).contains("text-defect-tag\""))
                    .as("measure %d tagged 文字疑点", id)
                    .isEqualTo(flaggedIds.contains(id));
        }

        long supplies = flaggedIds.get(1);
        long defect = requests.read(office, get("/api/v1/measures/" + supplies + "/text-defects"))
                .at("/0/id")
                .asLong();
        mvc.perform(post("/api/v1/measures/" + supplies + "/text-defects/" + defect + "/check")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk());
        String after = requests.page(office, "/ledger?campaign=" + campaign);
        assertThat(row(after, supplies)).doesNotContain("文字疑点");
        assertThat(row(after, flaggedIds.get(0))).contains(">文字疑点</span>");
    }

    /** The ledger row of one measure; rows and phone cards are the same markup. */
    private static String row(String ledger, long measureId) {
        int start = ledger.indexOf("<tr data-measure=\"" + measureId + "\"");
        assertThat(start).as("row of measure %d", measureId).isNotNegative();
        return ledger.substring(start, ledger.indexOf("</tr>", start));
    }

    @Test
    void whatTheOfficePutRightInTheDraftIsNotAttached() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = accept(office, REPORT.replace("保障标注", "保障标准").replace("必须品", "必需品"));
        assertThat(requests.read(
                                office,
                                get("/api/v1/measures")
                                        .param("campaignId", String.valueOf(campaign))
                                        .param("textDefects", "true"))
                        .get("items"))
                .hasSize(1);
    }

    private long accept(Actor office) throws Exception {
        return accept(office, REPORT);
    }

    private long accept(Actor office, String report) throws Exception {
        byte[] bytes = (report + "报送日期" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        JsonNode upload = json.readTree(mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "defects.txt", "text/plain", bytes))
                        .param("campaignName", "文字疑点")
                        .param("reportYear", "2021")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode accepted = json.readTree(
                mvc.perform(post("/api/v1/imports/" + upload.get("id").asLong() + "/accept")
                                .header("Authorization", office.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":0}"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return accepted.get("campaignId").asLong();
    }

    private long draftNotice(Actor office, long campaign) {
        settings.save(office.user(), campaign, "自治区整改办", "自治区整改办", "内整改发〔{year}〕{n}号", "", -1);
        Notice draft = notices.draft(office.user(), campaign, null, null);
        return draft.id();
    }

    private static MockHttpServletRequestBuilder correct(Actor actor, long measure, long defect, String replacement) {
        return post("/api/v1/measures/" + measure + "/text-defects/" + defect + "/correct")
                .header("Authorization", actor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"replacement\":\"" + replacement + "\"}");
    }
}
