package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed report saved as a Word 97–2003 document (LibreOffice's copy, made as the extract
 * module's {@code doc/README.md} says) through the import API: the same draft as the text.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class WordDocImportIntegrationTest {

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theSeedAsADocBecomesADraftOfItsProblemsAndMeasures() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        byte[] doc;
        try (InputStream in = getClass().getResourceAsStream("/ingest/seed-report.doc")) {
            doc = Objects.requireNonNull(in, "seed-report.doc missing from the test class path")
                    .readAllBytes();
        }

        MockHttpServletResponse upload = requests.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "内蒙古自治区巡视整改进展情况的通报.doc", "application/msword", doc))
                .param("campaignName", "巡视整改（DOC）")
                .param("reportYear", "2021")
                .header("Authorization", office.bearer()));
        assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(201);
        long id = json.readTree(upload.getContentAsString()).get("id").asLong();

        JsonNode draft = json.readTree(requests.perform(get("/api/v1/imports/" + id)
                                .param("size", String.valueOf(DraftPage.MAX_ITEMS))
                                .header("Authorization", office.bearer()))
                        .getContentAsString())
                .get("draft");
        JsonNode problems = draft.get("problems");
        assertThat(problems).hasSize(23);
        int measures = 0;
        for (JsonNode problem : problems) {
            measures += problem.get("measures").size();
        }
        assertThat(measures).isEqualTo(82);
        assertThat(problems.get(0).get("title").asText()).isEqualTo("全面加強和改進民族工作");
    }
}
