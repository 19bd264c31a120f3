package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The review page's 建议单位 and the status the office sets, as a plain form and as htmx send them:
 * the units the reader set are the measure's, marked 建议 until confirmed one by one, per ticked
 * measure or for the whole draft; one rejected leaves the measure; a draft stored before the marks
 * shows none; a status the office set reads as such, not as the text's guess; each act answers with
 * the page at the item and its message beside it.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ImportReviewPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ImportService imports;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private Actor office;
    private long development;
    private long finance;
    private long chifeng;

    @BeforeEach
    void office() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        development = fixtures.org("自治区发展和改革委员会").id();
        finance = fixtures.org("自治区财政厅").id();
        chifeng = fixtures.org("赤峰市").id();
    }

    @Test
    void suggestedUnitsAreTheMeasuresUnitsMarkedUntilConfirmedOneByOneByTickOrAllOrRejected() throws Exception {
        long id = upload();
        String page = "/imports/" + id;
        html(page)
                .andExpect(content().string(containsString("建议</span> <span class=\"unit-name\">自治区发展和改革委员会</span>")))
                .andExpect(content().string(containsString("原文：自治区发展改革委")))
                .andExpect(content().string(containsString("还有 3 项措施的建议单位未确认，写入后仍可在台账中修改")));
        JsonNode read = measure(id, 0);
        assertThat(read.get("leadOrgId").asLong()).isEqualTo(development);
        assertThat(ids(read.get("unconfirmedUnits"))).containsExactly(development, finance);

        // One suggestion, as a plain form sends it: the page again at the measure, the message beside it.
        mvc.perform(edit(id, 0, "ACCEPT_SUGGESTIONS", "m1").param("orgId", String.valueOf(development)))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", page + "?page=0#draft-m1"))
                .andExpect(flash().attribute("message", "已采纳建议单位"))
                .andExpect(flash().attribute("messageAt", "m1"));
        assertThat(measure(id, 0).get("leadOrgId").asLong()).isEqualTo(development);
        assertThat(ids(measure(id, 0).get("unconfirmedUnits"))).containsExactly(finance);
        mvc.perform(edit(id, 1, "REJECT_SUGGESTION", "m1").param("orgId", String.valueOf(finance)))
                .andExpect(flash().attribute("message", "已不采纳这个建议单位，它已不是这项措施的单位"));
        JsonNode first = measure(id, 0);
        assertThat(first.get("leadOrgId").asLong()).isEqualTo(development);
        assertThat(first.get("coUnitIds")).isEmpty();
        assertThat(first.get("unconfirmedUnits")).isEmpty();

        // The ticked measures, as htmx sends them: htmx is told to load the page, the message beside the bulk form.
        mvc.perform(suggestions(id, 2).param("keys", "m2").header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", page + "?page=0"))
                .andExpect(flash().attribute("messageAt", "suggestions"))
                .andExpect(flash().attribute("message", "已采纳所选 1 项措施的建议单位"));
        JsonNode second = measure(id, 1);
        assertThat(second.get("leadOrgId").asLong()).isEqualTo(finance);
        assertThat(ids(second.get("coUnitIds"))).containsExactly(chifeng);
        assertThat(second.get("unconfirmedUnits")).isEmpty();
        assertThat(ids(measure(id, 2).get("unconfirmedUnits"))).containsExactly(development);
        html(page).andExpect(content().string(containsString("还有 1 项措施的建议单位未确认")));

        // Nothing ticked, or a version read before the last change: refused beside the form, nothing changed.
        mvc.perform(suggestions(id, 3))
                .andExpect(flash().attribute("message", "请先勾选措施"))
                .andExpect(flash().attribute("refused", true));
        mvc.perform(suggestions(id, 2).param("all", "true"))
                .andExpect(flash().attribute("refused", true))
                .andExpect(flash().attribute("messageAt", "suggestions"));
        assertThat(ids(measure(id, 2).get("unconfirmedUnits"))).containsExactly(development);

        mvc.perform(suggestions(id, 3).param("all", "true"))
                .andExpect(header().string("Location", page + "?page=0#draft-suggestions"))
                .andExpect(flash().attribute("message", "已采纳全部措施的建议单位"));
        assertThat(measure(id, 2).get("leadOrgId").asLong()).isEqualTo(development);
        assertThat(measure(id, 2).get("unconfirmedUnits")).isEmpty();
        html(page)
                .andExpect(content().string(not(containsString("建议（未确认）"))))
                .andExpect(content().string(not(containsString("name=\"keys\""))))
                .andExpect(content().string(not(containsString("unconfirmed-note"))));

        var accepted = imports.accept(office.user(), id, 4);
        assertThat(accepted.newMeasures()).isEqualTo(3);
    }

    @Test
    void aDraftStoredBeforeTheMarksShowsItsUnitsWithNoSuggestionOpen() throws Exception {
        long id = upload();
        // As such a draft was written: units set, no marks (and so not flagged by V146).
        List<Map<String, Object>> rows = jdbc.sql(
                        "select item, body from import_draft_item where import_id = :id and kind = 'M'")
                .param("id", id)
                .query()
                .listOfRows();
        for (Map<String, Object> row : rows) {
            ObjectNode body = (ObjectNode) json.readTree((String) row.get("body"));
            body.remove("unconfirmedUnits");
            body.remove("statusSet");
            jdbc.sql(
                            "update import_draft_item set body = :body, unconfirmed = false where import_id = :id and item = :item")
                    .param("body", json.writeValueAsString(body))
                    .param("id", id)
                    .param("item", row.get("item"))
                    .update();
        }
        assertThat(rows).hasSize(3);

        html("/imports/" + id)
                .andExpect(content().string(containsString("<span class=\"unit-name\">自治区发展和改革委员会</span>")))
                .andExpect(content().string(not(containsString("建议（未确认）"))))
                .andExpect(content().string(not(containsString("unconfirmed-note"))))
                .andExpect(content().string(not(containsString("name=\"keys\""))));
        JsonNode first = measure(id, 0);
        assertThat(first.get("leadOrgId").asLong()).isEqualTo(development);
        assertThat(first.get("unconfirmedUnits")).isEmpty();
    }

    @Test
    void aStatusTheOfficeSetReadsAsSetByTheOfficeNotAsTheTextsGuess() throws Exception {
        long id = upload();
        html("/imports/" + id).andExpect(content().string(containsString("文中没有说明进展的短语，暂按推进中，请确认")));
        mvc.perform(edit(id, 0, "SET_STATUS", "m3").param("status", MeasureStatus.SUBSTANTIALLY_DONE.name()))
                .andExpect(flash().attribute("message", "已设状态：基本完成"));
        assertThat(measure(id, 2).get("statusSet").asBoolean()).isTrue();
        html("/imports/" + id)
                .andExpect(content().string(containsString("由整改办设定：基本完成")))
                .andExpect(content().string(not(containsString("暂按基本完成"))))
                // The measure whose text decided keeps the phrase it rests on.
                .andExpect(content().string(containsString("已完成（依据：已完成整改）")));
    }

    /** Three measures: stated units (lead and co-unit), a lead and a place, a lead alone, the first done. */
    private long upload() throws Exception {
        byte[] text = ("（一）关于项目审批效率不高的问题\n"
                        + "1.精简审批事项，已完成整改。牵头单位：自治区发展改革委；配合单位：自治区财政厅。\n"
                        + "2.规范中介服务。牵头单位：自治区财政厅；配合单位：赤峰市。\n"
                        + "3.推行网上审批" + System.nanoTime() + "项。牵头单位：自治区发展改革委。\n")
                .getBytes(StandardCharsets.UTF_8);
        String answer = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "units.txt", "text/plain", text))
                        .param("reportYear", "2021")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private MockHttpServletRequestBuilder edit(long id, int version, String op, String key) {
        return post("/imports/" + id + "/edit")
                .header("Authorization", office.bearer())
                .param("version", String.valueOf(version))
                .param("op", op)
                .param("key", key);
    }

    private MockHttpServletRequestBuilder suggestions(long id, int version) {
        return post("/imports/" + id + "/suggestions")
                .header("Authorization", office.bearer())
                .param("version", String.valueOf(version))
                .param("page", "0");
    }

    private org.springframework.test.web.servlet.ResultActions html(String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", office.bearer()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    /** The draft's measure at {@code index} (of its one problem), as the API gives it. */
    private JsonNode measure(long id, int index) throws Exception {
        String answer = mvc.perform(get("/api/v1/imports/" + id).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer).at("/draft/problems/0/measures/" + index);
    }
}
