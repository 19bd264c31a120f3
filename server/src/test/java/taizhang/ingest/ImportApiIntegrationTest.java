package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import through the API: upload, read, patch, accept; and every kind of bad upload refused with nothing written. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private static final String SMALL_REPORT = """
            (一)加强组织领导
            1.落实整改责任。一是成立专班。自治区纪委监委牵头，已完成整改，开展督查12次。二是建立台账。通辽市建立问题台账，整改问题35个。
            2.推进重点任务。一是新建5G基站5772个。二是加快推进项目建设，完成投资3.5亿元。
            """;

    @Test
    void uploadPatchAndAcceptThroughTheApi() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        byte[] report = (SMALL_REPORT + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        JsonNode upload = read(mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "report.txt", "text/plain", report))
                        .param("campaignName", "接口导入")
                        .param("reportYear", "2021")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.problems").value(2))
                .andExpect(jsonPath("$.measures").value(4))
                .andReturn()
                .getResponse()
                .getContentAsString());
        long id = upload.get("id").asLong();

        JsonNode detail = read(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode first = detail.at("/draft/problems/0/measures/0");
        assertThat(first.get("suggestedUnits").get(0).get("name").asText()).isEqualTo("自治区纪委监委");
        assertThat(first.get("status").asText()).isEqualTo("DONE");

        mvc.perform(patch("/api/v1/imports/" + id)
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"edits\":[{\"op\":\"MERGE_WITH_NEXT\",\"key\":\""
                                + first.get("key").asText()
                                + "\"},{\"op\":\"EDIT_PROBLEM\",\"key\":\"p2\",\"title\":\"推进重点任务（改）\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.measures").value(3))
                .andExpect(jsonPath("$.draft.problems[1].title").value("推进重点任务（改）"));

        JsonNode accepted = read(mvc.perform(post("/api/v1/imports/" + id + "/accept")
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(accepted.get("newMeasures").asInt()).isEqualTo(3);
        mvc.perform(get("/api/v1/campaigns/" + accepted.get("campaignId").asLong() + "/problems")
                        .header("Authorization", office.bearer()))
                .andExpect(jsonPath("$[1].title").value("推进重点任务（改）"));
    }

    @Test
    void aDocumentWithoutNumberedProblemsStillBecomesADraft() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        byte[] text = ("关于巡察反馈问题整改情况的报告\n我局高度重视巡察反馈问题整改工作，召开专题会议" + System.nanoTime() + "次。\n对照问题清单逐项整改，建立整改台账。")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode upload = read(mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "no-structure.txt", "text/plain", text))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.problems").value(1))
                .andExpect(jsonPath("$.measures").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(get("/api/v1/imports/" + upload.get("id").asLong()).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.problems[0].title").value("关于巡察反馈问题整改情况的报告"))
                .andExpect(jsonPath("$.draft.notes[0]").value(org.hamcrest.Matchers.containsString("按标题或段落")));
    }

    @Test
    void theImportPageTurnsADocumentWithoutNumberedProblemsIntoADraft() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        jakarta.servlet.http.Cookie[] session = mvc.perform(
                        post("/login")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", office.user().username())
                                .param("password", "password-" + office.user().username()))
                .andReturn()
                .getResponse()
                .getCookies();
        byte[] text = ("整改工作情况\n传导压力抓整改。召开专题会议" + System.nanoTime() + "次。\n建章立制抓长效。修订制度12项。")
                .getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(
                        multipart("/imports")
                                .file(new MockMultipartFile("file", "plain.txt", "text/plain", text))
                                .param("campaignName", "无编号报告")
                                .cookie(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        String page = mvc.perform(get(location).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("整改工作情况", "传导压力抓整改", "建章立制抓长效", "按标题或段落", "添加措施", "删除这个问题");
    }

    @Test
    void statedUnitsLeaderAndDeadlineGoIntoTheDraftAndTheLedger() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        byte[] text = ("（一）关于项目审批效率不高的问题\n"
                        + "1.精简审批事项。牵头单位：自治区发展改革委；配合单位：自治区财政厅；责任领导：王五；完成时限：2021年底前。\n"
                        + "2.立行立改，清理积压项目" + System.nanoTime() + "个。\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode upload = read(mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "fields.txt", "text/plain", text))
                        .param("reportYear", "2021")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long id = upload.get("id").asLong();
        JsonNode draft = read(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", office.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("draft");
        JsonNode first = draft.at("/problems/0/measures/0");
        assertThat(first.at("/suggestedUnits/0/name").asText()).isEqualTo("自治区发展和改革委员会");
        assertThat(first.at("/suggestedUnits/1/name").asText()).isEqualTo("自治区财政厅");
        assertThat(first.at("/duty/leader").asText()).isEqualTo("王五");
        assertThat(first.at("/duty/deadline").asText()).isEqualTo("2021-12-31");
        assertThat(draft.at("/problems/0/measures/1/duty/type").asText()).isEqualTo("IMMEDIATE");

        JsonNode accepted = read(mvc.perform(post("/api/v1/imports/" + id + "/accept")
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(get("/api/v1/measures")
                        .param("campaignId", accepted.get("campaignId").asText())
                        .param("sort", "ordinal")
                        .header("Authorization", office.bearer()))
                .andExpect(jsonPath("$.items[0].measure.responsibleLeader").value("王五"))
                .andExpect(jsonPath("$.items[0].measure.deadline").value("2021-12-31"))
                .andExpect(jsonPath("$.items[0].leadName").value("自治区发展和改革委员会"))
                .andExpect(jsonPath("$.items[1].measure.type").value("IMMEDIATE"));
    }

    @Test
    void suggestedUnitsAreConfirmedOrRejectedThroughTheApi() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long development = fixtures.org("自治区发展和改革委员会").id();
        long finance = fixtures.org("自治区财政厅").id();
        byte[] text = ("（一）关于项目审批效率不高的问题\n"
                        + "1.精简审批事项。牵头单位：自治区发展改革委；配合单位：自治区财政厅。\n"
                        + "2.规范中介服务" + System.nanoTime() + "项。牵头单位：自治区财政厅。\n")
                .getBytes(StandardCharsets.UTF_8);
        long id = read(mvc.perform(multipart("/api/v1/imports")
                                .file(new MockMultipartFile("file", "units.txt", "text/plain", text))
                                .param("reportYear", "2021")
                                .header("Authorization", office.bearer()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(get("/api/v1/imports/" + id).header("Authorization", office.bearer()))
                .andExpect(jsonPath("$.draft.problems[0].measures[0].leadOrgId").value(development))
                .andExpect(jsonPath("$.draft.problems[0].measures[0].unconfirmedUnits.length()")
                        .value(2));

        // The lead confirmed, the co-unit rejected: the lead stays without its mark, the co-unit is gone.
        mvc.perform(patch("/api/v1/imports/" + id)
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"edits\":["
                                + "{\"op\":\"ACCEPT_SUGGESTIONS\",\"key\":\"m1\",\"orgId\":" + development + "},"
                                + "{\"op\":\"REJECT_SUGGESTION\",\"key\":\"m1\",\"orgId\":" + finance + "}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.problems[0].measures[0].leadOrgId").value(development))
                .andExpect(jsonPath("$.draft.problems[0].measures[0].coUnitIds.length()")
                        .value(0))
                .andExpect(jsonPath("$.draft.problems[0].measures[0].unconfirmedUnits.length()")
                        .value(0))
                .andExpect(jsonPath("$.draft.problems[0].measures[1].unconfirmedUnits[0]")
                        .value(finance));

        // Every one at once; a unit no longer suggested is refused.
        mvc.perform(patch("/api/v1/imports/" + id)
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"edits\":[{\"op\":\"ACCEPT_SUGGESTIONS\",\"key\":\"*\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.problems[0].measures[1].leadOrgId").value(finance))
                .andExpect(jsonPath("$.draft.problems[0].measures[1].unconfirmedUnits.length()")
                        .value(0));
        mvc.perform(patch("/api/v1/imports/" + id)
                        .header("Authorization", office.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"edits\":[{\"op\":\"REJECT_SUGGESTION\",\"key\":\"m2\",\"orgId\":"
                                + finance + "}]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void unitUsersCannotImportAndSeeNoDrafts() throws Exception {
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file", "r.txt", "text/plain", SMALL_REPORT.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", unit.bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badUploadsGetAProblemAndWriteNothing() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long drafts = count("import_draft");
        long events = count("audit_event");

        refused(office, new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]), status().isBadRequest());
        refused(
                office,
                new MockMultipartFile("file", "photo.png", "image/png", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13
                }),
                status().isUnsupportedMediaType());
        refused(
                office,
                new MockMultipartFile("file", "broken.docx", "application/octet-stream", brokenDocx()),
                status().isUnprocessableContent());
        refused(
                office,
                new MockMultipartFile(
                        "file",
                        "broken.pdf",
                        "application/pdf",
                        "%PDF-1.7\n1 0 obj <<>> garbage".getBytes(StandardCharsets.ISO_8859_1)),
                status().isUnprocessableContent());
        refused(
                office,
                new MockMultipartFile("file", "binary.txt", "text/plain", randomBytes()),
                status().isUnprocessableContent());

        assertThat(count("import_draft")).isEqualTo(drafts);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    private void refused(Actor office, MockMultipartFile file, ResultMatcher expected) throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(file).header("Authorization", office.bearer()))
                .andExpect(expected)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }

    private static byte[] brokenDocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }
}
