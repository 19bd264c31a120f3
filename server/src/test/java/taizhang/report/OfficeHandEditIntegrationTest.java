package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.ledger.MeasureStatus;
import taizhang.notice.Notice;
import taizhang.notice.NoticeService;
import taizhang.notice.NoticeSettingsService;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.StoryClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 修改台账 end to end: what the office types on the measure page (its wording and its official
 * text) is what the ledger, the measure page, the Excel ledger and the notice (preview and Word)
 * say from then on, and what a past day's notice does not; a unit's accepted report follows the
 * office's text and never replaces it. A problem's title and text are edited by hand the same way.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class OfficeHandEditIntegrationTest {

    private static final String REPORT = """
            1.低保标准偏低。一是提高城乡低保保障标准，按季度调整。二是畅通办事渠道，压缩办理时限。
            2.推进重点任务。一是新建基站，扩大覆盖。
            """;

    private static final String TITLE = "提高城乡居民最低生活保障标准";

    private static final String BODY = "一是提高城乡居民最低生活保障标准。自治区每年公布一次全区最低标准，各盟市不得低于。";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    StoryClock clock;

    @Autowired
    AuditTrail audit;

    @Autowired
    ProgressNotices notices;

    @Autowired
    NoticeService drafts;

    @Autowired
    NoticeSettingsService settings;

    @Autowired
    ProgressService progress;

    @Test
    void theOfficesHandEditIsWhatEveryViewSaysAndAReportNeverReplacesIt() throws Exception {
        clock.set(LocalDate.of(2021, 9, 1));
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor city = fixtures.actor("赤峰市", Role.UNIT);
        long campaign = accept(office);
        JsonNode imported = read(office, get("/api/v1/measures").param("campaignId", String.valueOf(campaign)))
                .at("/items/0/measure");
        long id = imported.get("id").asLong();
        String oldTitle = imported.get("title").asText();
        String oldBody = imported.get("body").asText();
        assertThat(imported.get("body").asText())
                .as("an imported text repeats the wording as its lead")
                .startsWith("一是" + oldTitle);

        clock.set(LocalDate.of(2021, 9, 2));
        String answer = mvc.perform(post("/measures/" + id + "/edit")
                        .header("Authorization", office.bearer())
                        .param("version", imported.get("version").asText())
                        .param("title", TITLE)
                        .param("body", BODY)
                        .param("leadOrgId", String.valueOf(city.user().organisationId()))
                        .param("deadline", "2021-12-31")
                        .param("type", "DEADLINE"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(answer).startsWith("/measures/" + id);

        assertThat(read(office, get("/api/v1/measures/" + id)).get("body").asText())
                .isEqualTo(BODY);
        assertThat(page(office, "/ledger?campaign=" + campaign)).contains(TITLE).doesNotContain(oldTitle);
        assertThat(page(office, "/measures/" + id))
                .contains(TITLE)
                .contains("自治区每年公布一次全区最低标准")
                .contains("措施正文");
        assertThat(sheetTexts(office, campaign))
                .as("整改进展 of a measure no unit reported on: the official text as it stands")
                .contains(TITLE, BODY)
                .doesNotContain(oldTitle, oldBody);
        byte[] sheet = bytes(office, "/api/v1/campaigns/" + campaign + "/ledger.xlsx");
        SheetFiles.edit(
                sheet,
                s -> assertThat(SheetFiles.dataRows(s))
                        .filteredOn(r -> SheetFiles.measureId(r) == id)
                        .singleElement()
                        .satisfies(r -> assertThat(SheetFiles.text(r, LedgerColumn.BODY))
                                .as("措施正文: the office's text, not the imported one")
                                .isEqualTo(BODY)));
        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", campaign)
                        .file(new MockMultipartFile("file", "台账.xlsx", Download.XLSX.toString(), sheet))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updatedMeasures").value(0))
                .andExpect(jsonPath("$.newMeasures").value(0));

        NoticeMeasure told = of(notices.notice(office.user(), campaign, null, false), id);
        assertThat(told.lead()).isEqualTo("一是" + TITLE + "。");
        assertThat(told.body()).startsWith("自治区每年公布一次全区最低标准").doesNotContain(oldTitle);
        assertThat(docxText(office, campaign))
                .contains(TITLE + "。自治区每年公布一次全区最低标准")
                .doesNotContain(oldTitle);
        assertThat(page(office, "/notices/" + draftNotice(office, campaign)))
                .contains(TITLE)
                .contains("自治区每年公布一次全区最低标准")
                .doesNotContain(oldTitle);
        NoticeMeasure before = of(notices.notice(office.user(), campaign, LocalDate.of(2021, 9, 1), false), id);
        assertThat(before.lead()).as("the notice of the day before the edit").isEqualTo("一是" + oldTitle + "。");
        assertThat(before.body()).doesNotContain("自治区每年公布");

        clock.set(LocalDate.of(2021, 9, 20));
        ProgressReport sent =
                progress.create(city.user(), id, "2021-09", "赤峰市已按新标准发放。", MeasureStatus.IN_PROGRESS, List.of(), true);
        progress.accept(office.user(), sent.id(), sent.version());
        assertThat(read(office, get("/api/v1/measures/" + id)).get("body").asText())
                .as("a unit's report does not touch the official text")
                .isEqualTo(BODY);
        assertThat(of(notices.notice(office.user(), campaign, null, false), id).body())
                .startsWith("自治区每年公布一次全区最低标准")
                .contains("2021年9月进展：赤峰市已按新标准发放。");

        assertThat(audit.history("measure", id))
                .filteredOn(e -> e.action().equals("measure.edit"))
                .extracting(AuditEvent::afterJson)
                .anySatisfy(after -> assertThat(after).contains("措施正文").contains("自治区每年公布"))
                .anySatisfy(after -> assertThat(after).contains("整改措施").contains(TITLE));
    }

    @Test
    void aNewWordingAloneCarriesIntoTheOfficialTextsLead() throws Exception {
        clock.set(LocalDate.of(2021, 9, 1));
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = accept(office);
        JsonNode imported = read(office, get("/api/v1/measures").param("campaignId", String.valueOf(campaign)))
                .at("/items/0/measure");
        long id = imported.get("id").asLong();
        String oldBody = imported.get("body").asText();
        String oldTitle = imported.get("title").asText();

        mvc.perform(post("/measures/" + id + "/edit")
                        .header("Authorization", office.bearer())
                        .param("version", imported.get("version").asText())
                        .param("title", TITLE)
                        .param("type", imported.get("type").asText()))
                .andExpect(status().is3xxRedirection());

        assertThat(read(office, get("/api/v1/measures/" + id)).get("body").asText())
                .isEqualTo(oldBody.replaceFirst(oldTitle, TITLE));
        NoticeMeasure told = of(notices.notice(office.user(), campaign, null, false), id);
        assertThat(told.lead()).isEqualTo("一是" + TITLE + "。");
        assertThat(told.body()).doesNotContain(oldTitle).doesNotContain(TITLE);
    }

    @Test
    void theOfficeRewordsAProblemAndItsTextAndEveryViewFollows() throws Exception {
        clock.set(LocalDate.of(2021, 9, 1));
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor city = fixtures.actor("赤峰市", Role.UNIT);
        long campaign = accept(office);
        long problem = read(office, get("/api/v1/measures").param("campaignId", String.valueOf(campaign)))
                .at("/items/0/measure/problemId")
                .asLong();
        JsonNode before = read(office, get("/api/v1/problems/" + problem));
        String oldTitle = before.get("title").asText();
        String title = "城乡居民最低生活保障标准偏低";
        String text = "全区城乡低保标准低于周边省区平均水平。";

        assertThat(editProblem(city, problem, before.get("version").asInt(), title, text))
                .as("a unit does not edit the ledger")
                .isIn(403, 404);
        assertThat(editProblem(office, problem, before.get("version").asInt(), title, text))
                .as("the page reloads")
                .isEqualTo(303);
        assertThat(editProblem(office, problem, before.get("version").asInt(), "再改", ""))
                .as("a stale version")
                .isEqualTo(409);

        JsonNode after = read(office, get("/api/v1/problems/" + problem));
        assertThat(after.get("title").asText()).isEqualTo(title);
        assertThat(after.get("description").asText()).isEqualTo(text);
        assertThat(page(office, "/campaigns/" + campaign)).contains(title).contains(text);
        String number = before.get("number").asText() + ".";
        assertThat(sheetTexts(office, campaign)).contains(number + title).doesNotContain(number + oldTitle);
        assertThat(notices.notice(office.user(), campaign, null, false).sections().stream()
                        .flatMap(s -> s.problems().stream())
                        .map(ProgressNotice.NoticeProblem::title))
                .contains(title)
                .doesNotContain(oldTitle);
        assertThat(docxText(office, campaign)).contains(title);
        assertThat(audit.history("problem", problem))
                .filteredOn(e -> e.action().equals("problem.update"))
                .extracting(AuditEvent::afterJson)
                .singleElement()
                .satisfies(json -> assertThat(json).contains(title).contains(text));
    }

    private int editProblem(Actor actor, long problem, int version, String title, String text) throws Exception {
        return mvc.perform(post("/problems/" + problem + "/edit")
                        .header("Authorization", actor.bearer())
                        .param("version", String.valueOf(version))
                        .param("title", title)
                        .param("description", text))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long accept(Actor office) throws Exception {
        byte[] bytes = (REPORT + "报送日期" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        JsonNode upload = json.readTree(mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "hand-edit.txt", "text/plain", bytes))
                        .param("campaignName", "修改台账")
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
        Notice draft = drafts.draft(office.user(), campaign, null, null);
        return draft.id();
    }

    private List<String> sheetTexts(Actor office, long campaign) throws Exception {
        byte[] bytes = bytes(office, "/api/v1/campaigns/" + campaign + "/ledger.xlsx");
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }

    private String docxText(Actor office, long campaign) throws Exception {
        byte[] bytes = bytes(office, "/api/v1/campaigns/" + campaign + "/notice.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private static NoticeMeasure of(ProgressNotice notice, long measureId) {
        return notice.sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .filter(m -> m.measureId() == measureId)
                .findFirst()
                .orElseThrow();
    }

    private byte[] bytes(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", actor.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private JsonNode read(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request.header("Authorization", actor.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", actor.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
