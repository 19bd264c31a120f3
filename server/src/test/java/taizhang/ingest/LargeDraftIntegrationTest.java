package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated large documents: one that proposes more than can be reviewed is refused with the
 * reason and how to split it, and nothing is kept; one within the limits is reviewed page by page,
 * through the API and the review page, each answer a bounded part of the draft.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LargeDraftIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private Actor office;

    @BeforeEach
    void office() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
    }

    @Test
    void aDocumentWithMoreFiguresThanCanBeReviewedIsRefusedSayingHowToSplitIt() throws Exception {
        long before = drafts();
        mvc.perform(upload(LargeReport.of(60, 10, 90), "figures.txt"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("草稿过大"))
                .andExpect(jsonPath("$.detail").value(containsString("识别出 54,000 个数据，超过每份草稿 50,000 个数据的上限")))
                .andExpect(jsonPath("$.detail").value(containsString("拆成几份")));
        assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void theUploadPageSaysWhyADocumentWithTooManyMeasuresIsRefused() throws Exception {
        long before = drafts();
        mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "measures.txt", "text/plain", LargeReport.of(501, 20, 0)))
                        .param("reportYear", "2021")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("识别出 10,020 项措施，超过每份草稿 10,000 项措施的上限")));
        assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void aLargeDraftWithinTheLimitsIsReadAndReviewedPageByPage() throws Exception {
        JsonNode summary = body(
                mvc.perform(upload(LargeReport.of(100, 10, 10), "large.txt")).andExpect(status().isCreated()));
        long id = summary.get("id").asLong();
        assertThat(summary.get("readings").asInt()).isEqualTo(10_000);
        int pages = (100 + 1_000 + 10_000 + DraftPage.PAGE_ITEMS - 1) / DraftPage.PAGE_ITEMS;
        long stored = jdbc.sql("select sum(char_length(body)) from import_draft_item where import_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();

        String firstAnswer = api(id, "").andReturn().getResponse().getContentAsString();
        JsonNode first = json.readTree(firstAnswer);
        assertThat(first.at("/page/pages").asInt()).isEqualTo(pages);
        assertThat(items(first.get("draft"))).isEqualTo(DraftPage.PAGE_ITEMS);
        assertThat(first.at("/summary/measures").asInt()).isEqualTo(1_000);
        assertThat((long) firstAnswer.length()).isLessThan(stored / 10);

        JsonNode last = body(api(id, "?withText=true&page=" + (pages - 1)));
        assertThat(last.at("/page/page").asInt()).isEqualTo(pages - 1);
        assertThat(last.get("sourceText").asString()).contains("推进第100-10项措施");
        assertThat(last.get("sourceText").asString().length())
                .isEqualTo(last.at("/page/sourceTo").asInt()
                        - last.at("/page/sourceFrom").asInt());
        assertThat(body(api(id, "?size=1000000")).at("/page/items").asInt()).isEqualTo(DraftPage.MAX_ITEMS);

        String html = page("/imports/" + id)
                .andExpect(content().string(containsString("第 1 / " + pages + " 页")))
                .andExpect(content().string(not(containsString("推进第100-10项措施"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Each item shows with its edit forms, yet the page is smaller than the whole draft's stored items.
        assertThat((long) html.length()).isLessThan(stored);
        page("/imports/" + id + "?page=" + (pages - 1)).andExpect(content().string(containsString("推进第100-10项措施")));

        // The page's last measure begins on it (its first may continue from the page before).
        JsonNode tenth = body(api(id, "?page=10")).at("/draft/problems");
        JsonNode measures = tenth.get(tenth.size() - 1).get("measures");
        String middle = measures.get(measures.size() - 1).get("key").asString();
        mvc.perform(post("/imports/" + id + "/edit")
                        .header("Authorization", office.bearer())
                        .param("version", "0")
                        .param("op", "EDIT_MEASURE")
                        .param("key", middle)
                        .param("title", "改过的措施"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("?page=10#draft-" + middle)));
        page("/imports").andExpect(content().string(containsString("<td>10000</td>")));
    }

    private MockMultipartFile file(byte[] bytes, String name) {
        return new MockMultipartFile("file", name, "text/plain", bytes);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            byte[] bytes, String name) {
        return multipart("/api/v1/imports")
                .file(file(bytes, name))
                .param("reportYear", "2021")
                .header("Authorization", office.bearer());
    }

    private ResultActions api(long id, String query) throws Exception {
        return mvc.perform(get("/api/v1/imports/" + id + query).header("Authorization", office.bearer()))
                .andExpect(status().isOk());
    }

    private ResultActions page(String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", office.bearer()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    /** The problems, measures and readings an answer's draft holds. */
    private static int items(JsonNode draft) {
        int items = 0;
        for (JsonNode p : draft.get("problems")) {
            items++;
            for (JsonNode m : p.get("measures")) {
                items += 1 + m.get("readings").size();
            }
        }
        return items;
    }

    private long drafts() {
        return jdbc.sql("select count(*) from import_draft").query(Long.class).single();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
