package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.ledger.Campaign;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/** The Excel ledger through the API: export, import of it and of its variants, refusals, scope, notice versions. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LedgerSheetIntegrationTest {

    private static final String XLSX = Download.XLSX.toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService progress;

    @Autowired
    ProgressNotices notices;

    @Autowired
    ChangeService changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeasureService measures;

    @Test
    void anExportWithItsKeysClearedImportsIntoAnotherCampaignAsAnIdenticalLedger() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign source = sampleCampaign(office);

        byte[] exported = mvc.perform(
                        get("/api/v1/campaigns/{id}/ledger.xlsx", source.id()).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Campaign target = ledger.campaign(office.user());
        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                        .file(upload(exported))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(3));
        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                        .file(upload(withoutKeys(exported)))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newMeasures").value(3))
                .andExpect(jsonPath("$.newProblems").value(2));
        byte[] again = mvc.perform(
                        get("/api/v1/campaigns/{id}/ledger.xlsx", target.id()).header("Authorization", office.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(rows(exported)).hasSize(3).isEqualTo(rows(again));
        assertThat(rows(exported).get(0)).contains("1-1", "自治区纪委监委", "赤峰市、通辽市", "2021-12-31", "限期整改", "已完成");
    }

    @Test
    void theKeyColumnIsHiddenAndEveryOtherColumnShown() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign source = sampleCampaign(office);
        byte[] exported = mvc.perform(
                        get("/api/v1/campaigns/{id}/ledger.xlsx", source.id()).header("Authorization", office.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isColumnHidden(LedgerColumn.KEY.ordinal())).isTrue();
            assertThat(java.util.Arrays.stream(LedgerColumn.values()).filter(c -> sheet.isColumnHidden(c.ordinal())))
                    .containsExactly(LedgerColumn.KEY);
            assertThat(sheet.getProtect()).isFalse();
            String key = sheet.getRow(LedgerSheet.HEADER_ROW + 1)
                    .getCell(LedgerColumn.KEY.ordinal())
                    .getStringCellValue();
            assertThat(key).matches("TZ-" + source.id() + "-\\d+-v\\d+");
        }
    }

    @Test
    void importsTheCommonVariants() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign target = ledger.campaign(office.user());
        byte[] sheet = sheet(workbook -> {
            Sheet s = workbook.createSheet("台账");
            s.createRow(0).createCell(0).setCellValue("某某整改台账（2021年9月）");
            Row header = s.createRow(2);
            String[] headers = {"编号", "反馈问题", "整改措施", "责任单位", "完成时限", "整改进展", "完成情况"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            Object[][] data = {
                {1, "1、全面加强民族工作", "全面落实主体责任", "自治区党委", LocalDate.of(2021, 12, 31), "已召开专题会议3次。", "已完成"},
                {2, "", "强化干部教育培训", "通辽市", "2022年6月30日", "", "推进中"},
                {3, "2.加快转变经济发展方式", "深化供给侧结构性改革", "赤峰市", "长期坚持", "", ""}
            };
            for (int r = 0; r < data.length; r++) {
                Row row = s.createRow(3 + r);
                for (int c = 0; c < data[r].length; c++) {
                    Object v = data[r][c];
                    if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        });

        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                        .file(upload(sheet))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newProblems").value(2))
                .andExpect(jsonPath("$.newMeasures").value(3));

        assertThat(jdbc.sql("""
                select p.number || '|' || m.title || '|' || o.name || '|' || coalesce(cast(m.deadline as varchar), '-') || '|' || m.type || '|' || m.status
                from measure m join problem p on p.id = m.problem_id join organisation o on o.id = m.lead_org_id
                where m.campaign_id = :c order by p.number, m.ordinal""").param("c", target.id()).query(String.class).list())
                .containsExactly(
                        "1|全面落实主体责任|自治区党委|2021-12-31|DEADLINE|DONE",
                        "1|强化干部教育培训|通辽市|2022-06-30|DEADLINE|IN_PROGRESS",
                        "2|深化供给侧结构性改革|赤峰市|-|CONTINUING|NOT_STARTED");
        assertThat(jdbc.sql("select count(*) from measure where campaign_id = :c and body is not null")
                        .param("c", target.id())
                        .query(Long.class)
                        .single())
                .as("a sheet with 整改措施 alone gives its measures no text of their own")
                .isZero();
    }

    @Test
    void theOfficialTextIsTheLastVisibleColumnAsTheMeasurePageHasIt() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign source = sampleCampaign(office);
        long bare = jdbc.sql("select id from measure where campaign_id = :c and title = '立行立改事项'")
                .param("c", source.id())
                .query(Long.class)
                .single();
        ledger.rewriteText(office.user(), bare, "");

        byte[] exported = download(office, source.id(), "");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(LedgerSheet.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers)
                    .as("the columns offices know keep their letters; the text comes after 原定时限, before the key")
                    .containsExactly(
                            "序号", "编号", "问题", "整改措施", "牵头单位", "配合单位", "责任人", "整改时限", "整改类型", "整改进展", "完成情况", "预警",
                            "佐证材料", "原定时限", "措施正文", "系统编号");
            assertThat(SheetLayout.letters(LedgerColumn.BODY.ordinal())).isEqualTo("O");
            assertThat(sheet.isColumnHidden(LedgerColumn.BODY.ordinal())).isFalse();
            assertThat(sheet.getColumnWidth(LedgerColumn.BODY.ordinal()))
                    .isGreaterThanOrEqualTo(sheet.getColumnWidth(LedgerColumn.MEASURE.ordinal()));
            List<String> texts = new ArrayList<>();
            for (Row row : SheetFiles.dataRows(sheet)) {
                var cell = row.getCell(LedgerColumn.BODY.ordinal());
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
                texts.add(SheetFiles.text(row, LedgerColumn.MEASURE) + "|" + cell.getStringCellValue());
            }
            assertThat(texts)
                    .containsExactly("全面落实主体责任|措施正文：全面落实主体责任", "内部：约谈有关负责同志|措施正文：内部：约谈有关负责同志", "立行立改事项|立行立改事项");
        }
        assertThat(rows(download(office, source.id(), "?script=hant")).get(0))
                .as("converted with the other texts")
                .contains("措施正文：全面落實主體責任");
    }

    @Test
    void theOfficialTextIsReadByTheHeaderWordsOfficesUse() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        for (String header : List.of("措施正文", "措施内容", "具体措施", "整改措施内容")) {
            Campaign target = ledger.campaign(office.user());
            byte[] sheet = sheet(workbook -> {
                Sheet s = workbook.createSheet("台账");
                String[] headers = {"序号", "问题", "措施", header, "措施要点", "责任单位"};
                Row head = s.createRow(0);
                for (int i = 0; i < headers.length; i++) {
                    head.createCell(i).setCellValue(headers[i]);
                }
                String[][] data = {
                    {"1", "1.就业压力较大", "稳定和扩大就业", "一是稳定和扩大就业。全年新增城镇就业20万人。", "要点一", "通辽市"},
                    {"2", "", "加强职业技能培训", "", "要点二", "通辽市"},
                    {"3", "", "兜牢民生底线", "兜牢民生底线", "要点三", "通辽市"}
                };
                for (int r = 0; r < data.length; r++) {
                    Row row = s.createRow(1 + r);
                    for (int c = 0; c < data[r].length; c++) {
                        row.createCell(c).setCellValue(data[r][c]);
                    }
                }
            });

            mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                            .file(upload(sheet))
                            .header("Authorization", office.bearer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.newMeasures").value(3));

            assertThat(jdbc.sql("""
                    select m.title || '|' || coalesce(m.body, '-') from measure m
                    where m.campaign_id = :c order by m.ordinal""").param("c", target.id()).query(String.class).list())
                    .as("under %s: the text from its column, an empty cell or one repeating the wording none", header)
                    .containsExactly("稳定和扩大就业|一是稳定和扩大就业。全年新增城镇就业20万人。", "加强职业技能培训|-", "兜牢民生底线|-");
        }
    }

    @Test
    void aSheetWithBadCellsWritesNothingAndNamesEachCell() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign target = ledger.campaign(office.user());
        byte[] sheet = sheet(workbook -> {
            Sheet s = workbook.createSheet();
            Row header = s.createRow(0);
            List<String> headers = LedgerColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Row good = s.createRow(1);
            good.createCell(LedgerColumn.PROBLEM.ordinal()).setCellValue("1.问题一");
            good.createCell(LedgerColumn.MEASURE.ordinal()).setCellValue("好的措施");
            Row bad = s.createRow(2);
            bad.createCell(LedgerColumn.MEASURE.ordinal()).setCellValue("坏的措施");
            bad.createCell(LedgerColumn.LEAD.ordinal()).setCellValue("火星市");
            bad.createCell(LedgerColumn.DEADLINE.ordinal()).setCellValue("年底前");
            bad.createCell(LedgerColumn.STATUS.ordinal()).setCellFormula("\"已完成\"");
            Row empty = s.createRow(3);
            empty.createCell(LedgerColumn.PROBLEM.ordinal()).setCellValue("2.问题二");
        });

        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                        .file(upload(sheet))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.errors[*].cell").value(org.hamcrest.Matchers.contains("E3", "H3", "K3", "D4")));
        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                        .file(upload(sheet))
                        .header("Accept", XLSX)
                        .header("Authorization", office.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", XLSX));

        assertThat(jdbc.sql("select count(*) from problem where campaign_id = :c")
                        .param("c", target.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void unreadableUploadsAreRefusedWithAReason() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign target = ledger.campaign(office.user());

        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", target.id())
                        .file(new MockMultipartFile("file", "x.xlsx", XLSX, "not a sheet".getBytes()))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是 Excel")));
    }

    @Test
    void aUnitExportsOnlyItsOwnMeasuresAndCannotImport() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign source = sampleCampaign(office);
        Actor unit = fixtures.actor("通辽市", Role.UNIT);

        byte[] exported = mvc.perform(
                        get("/api/v1/campaigns/{id}/ledger.xlsx", source.id()).header("Authorization", unit.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(rows(exported)).hasSize(1).allMatch(row -> row.contains("通辽市"));
        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", source.id())
                        .file(upload(exported))
                        .header("Authorization", unit.bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void publicNoticeLeavesOutInternalMeasuresAndChangesListNewOnes() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign source = sampleCampaign(office);
        long secret = jdbc.sql("select id from measure where campaign_id = :c and title like '内部%'")
                .param("c", source.id())
                .query(Long.class)
                .single();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/campaigns/{id}/internal-measures/{m}", source.id(), secret)
                        .header("Authorization", office.bearer()))
                .andExpect(status().isNoContent());

        String all = titles(notices.notice(office.user(), source.id(), null, false));
        String open = titles(notices.notice(office.user(), source.id(), null, true));
        assertThat(all).contains("内部");
        assertThat(open).doesNotContain("内部").contains("一是全面落实");
        LedgerChanges today = changes.between(office.user(), source.id(), LocalDate.now(), LocalDate.now());
        assertThat(today.newMeasures()).hasSize(3);
        mvc.perform(get("/api/v1/campaigns/{id}/changes.docx", source.id())
                        .param("from", LocalDate.now().toString())
                        .param("to", LocalDate.now().toString())
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Download.DOCX.toString()));
        mvc.perform(get("/api/v1/campaigns/{id}/notice.docx", source.id())
                        .param("public", "true")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk());
    }

    private static String titles(ProgressNotice notice) {
        return notice.sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .map(ProgressNotice.NoticeMeasure::lead)
                .reduce("", String::concat);
    }

    /** Two problems, three measures: leads, co-units, a deadline, each type, reported progress and a status. */
    private Campaign sampleCampaign(Actor office) {
        Campaign campaign = ledger.campaign(office.user());
        Problem first = ledger.problem(office.user(), campaign.id());
        Problem second = ledger.problem(office.user(), campaign.id());
        long chifeng = fixtures.org("赤峰市").id();
        long tongliao = fixtures.org("通辽市").id();
        var a = ledger.measure(
                office.user(),
                first.id(),
                "全面落实主体责任",
                fixtures.org("自治区纪委监委").id(),
                List.of(chifeng, tongliao),
                LocalDate.of(2021, 12, 31),
                MeasureType.DEADLINE);
        progress.recordImported(office.user(), a.id(), "2021-09", "召开专题会议3次，整改完成。", MeasureStatus.DONE);
        ledger.measure(office.user(), first.id(), "内部：约谈有关负责同志", chifeng, List.of(), null, MeasureType.CONTINUING);
        ledger.measure(
                office.user(),
                second.id(),
                "立行立改事项",
                chifeng,
                List.of(),
                LocalDate.of(2099, 1, 1),
                MeasureType.IMMEDIATE);
        return campaign;
    }

    private byte[] download(Actor actor, long campaign, String query) throws Exception {
        return mvc.perform(get("/api/v1/campaigns/{id}/ledger.xlsx" + query, campaign)
                        .header("Authorization", actor.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static MockMultipartFile upload(byte[] bytes) {
        return new MockMultipartFile("file", "台账.xlsx", XLSX, bytes);
    }

    /** The data rows below the header, each as its cells' text joined by tabs. */
    static List<String> rows(byte[] xlsx) throws IOException {
        List<String> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = LedgerSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (LedgerColumn column : LedgerColumn.values()) {
                    if (column == LedgerColumn.KEY) {
                        continue;
                    }
                    var cell = sheet.getRow(r).getCell(column.ordinal());
                    String text = cell == null ? "" : format.formatCellValue(cell);
                    cells.add(column == LedgerColumn.PROBLEM ? text.replaceAll("^\\d+\\.", "") : text);
                }
                rows.add(String.join("\t", cells));
            }
        }
        return rows;
    }

    /** The sheet with its key column emptied, as an office does to reuse another campaign's rows. */
    static byte[] withoutKeys(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = LedgerSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(LedgerColumn.KEY.ordinal());
                if (cell != null) {
                    sheet.getRow(r).removeCell(cell);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] sheet(java.util.function.Consumer<XSSFWorkbook> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
