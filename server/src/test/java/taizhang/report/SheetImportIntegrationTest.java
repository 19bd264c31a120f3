package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/** A sheet of several chunks: every row written by the rules, with one audit event per write in an intact chain. */
@DatabaseTest
@SpringBootTest
class SheetImportIntegrationTest {

    private static final int ROWS = SheetImport.CHUNK * 2 + 500;

    @Autowired
    SheetImport sheets;

    @Autowired
    AuditTrail audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JdbcClient jdbc;

    /**
     * Seven measures per problem, the problem cell filled on the first (a merged cell reads so),
     * so problem 143 spans the first two chunks; every third row reports progress (done), every
     * other even row is in progress.
     */
    private static Path sheet() throws Exception {
        return sheet(-1);
    }

    /** The sheet above; the measure cell of {@code badRow} (a row with progress) left empty. */
    private static Path sheet(int badRow) throws Exception {
        Path file = Files.createTempFile("sheet-import", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            List<String> headers = LedgerColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r + 1);
                if (r % 7 == 0) {
                    row.createCell(LedgerColumn.PROBLEM.ordinal()).setCellValue((r / 7 + 1) + ".问题" + (r / 7 + 1));
                }
                if (r != badRow) {
                    row.createCell(LedgerColumn.MEASURE.ordinal()).setCellValue("措施" + r);
                }
                row.createCell(LedgerColumn.LEAD.ordinal()).setCellValue(r % 2 == 0 ? "赤峰市" : "通辽市");
                row.createCell(LedgerColumn.CO_UNITS.ordinal()).setCellValue(r % 4 == 0 ? "自治区纪委监委、通辽市" : "");
                row.createCell(LedgerColumn.DEADLINE.ordinal()).setCellValue("2099-12-31");
                if (r % 3 == 0) {
                    row.createCell(LedgerColumn.PROGRESS.ordinal()).setCellValue("已完成第" + r + "项。");
                    row.createCell(LedgerColumn.STATUS.ordinal()).setCellValue("已完成");
                } else if (r % 2 == 0) {
                    row.createCell(LedgerColumn.STATUS.ordinal()).setCellValue("推进中");
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private long count(String sql, long campaign) {
        return jdbc.sql(sql).param("c", campaign).query(Long.class).single();
    }

    /** The sheet is read once: two chunks are written before the bad cell is met, and rolled back. */
    @Test
    void aBadCellInTheLastChunkLeavesNothingWritten() throws Exception {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        long measures = count("select count(*) from measure where campaign_id = :c", campaign);
        long problems = count("select count(*) from problem where campaign_id = :c", campaign);
        long head = audit.latest(1).get(0).seq();
        int badRow = ROWS - 100;
        Path file = sheet(badRow);

        SheetImportResult result = sheets.importSheet(office, campaign, file);
        Files.delete(file);

        assertThat(result.written()).isFalse();
        assertThat(result.errors())
                .extracting(CellError::row, CellError::message)
                .containsExactly(tuple(badRow + 2, "整改措施不能为空"));
        assertThat(count("select count(*) from measure where campaign_id = :c", campaign))
                .isEqualTo(measures);
        assertThat(count("select count(*) from problem where campaign_id = :c", campaign))
                .isEqualTo(problems);
        assertThat(audit.latest(1).get(0).seq()).isEqualTo(head);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aSheetOfSeveralChunksIsWrittenWholeWithOneEventPerWrite() throws Exception {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        Path file = sheet();
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = sheets.importSheet(office, campaign, file);
        Files.delete(file);

        long reported = 0;
        long moved = 0;
        long coUnits = 0;
        for (int r = 0; r < ROWS; r++) {
            reported += r % 3 == 0 ? 1 : 0;
            moved += r % 3 != 0 && r % 2 == 0 ? 1 : 0;
            coUnits += r % 4 == 0 ? 2 : 0;
        }
        int problems = (ROWS + 6) / 7;
        assertThat(result.written()).isTrue();
        assertThat(result.newProblems()).isEqualTo(problems);
        assertThat(result.newMeasures()).isEqualTo(ROWS);
        assertThat(count(
                        "select count(*) from measure where campaign_id = :c and status = 'DONE' and version = 1 and last_accepted_at is not null",
                        campaign))
                .isEqualTo(reported);
        // A line's stated status is the one its measure is created in: no second write.
        assertThat(count(
                        "select count(*) from measure where campaign_id = :c and status = 'IN_PROGRESS' and version = 0",
                        campaign))
                .isEqualTo(moved);
        assertThat(count(
                        "select count(*) from progress_report r join measure m on m.id = r.measure_id where m.campaign_id = :c and r.status = 'ACCEPTED' and r.version = 1",
                        campaign))
                .isEqualTo(reported);
        assertThat(count(
                        "select count(*) from measure_co_unit u join measure m on m.id = u.measure_id where m.campaign_id = :c",
                        campaign))
                .isEqualTo(coUnits);
        assertThat(count(
                        "select count(distinct p.number) from problem p where p.campaign_id = :c and p.number between 1 and "
                                + problems,
                        campaign))
                .isEqualTo(problems);
        assertThat(jdbc.sql("""
                select m.ordinal from measure m join problem p on p.id = m.problem_id
                where p.campaign_id = :c and p.number = 143 order by m.id""").param("c", campaign).query(Integer.class).list())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);

        List<AuditEvent> events = audit.latest((int) (audit.latest(1).get(0).seq() - head));
        assertThat(events).hasSize((int) (problems + ROWS + 2 * reported));
        assertThat(events).filteredOn(e -> e.action().equals("report.import")).hasSize((int) reported);
        assertThat(events)
                .filteredOn(e -> e.action().equals("measure.report-accepted"))
                .hasSize((int) reported);
        assertThat(events)
                .filteredOn(e ->
                        e.action().equals("measure.create") && e.afterJson().contains("\"status\":\"IN_PROGRESS\""))
                .hasSize((int) moved);
        assertThat(events).filteredOn(e -> e.action().equals("problem.create")).hasSize(problems);
        assertThat(audit.verify().intact()).isTrue();
    }

    /** Each unit the sheet gives measures to hears of it once, with its counts, however many lines name it. */
    @Test
    void eachAssignedUnitGetsOneNoticeForTheWholeSheet() throws Exception {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        Path file = sheet();
        long before = jdbc.sql("select coalesce(max(id), 0) from notice")
                .query(Long.class)
                .single();

        sheets.importSheet(office, campaign, file);
        Files.delete(file);

        int lead = (ROWS + 1) / 2;
        int coUnit = (ROWS + 3) / 4;
        assertThat(jdbc.sql("select text from notice where id > :before and event_key like 'measures-assigned:%'")
                        .param("before", before)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "赤峰市：新分配 " + lead + " 项措施交由贵单位牵头办理，请在“我的任务”中查看并签收。",
                        // Every fourth line names 通辽市 as a co-unit beside 赤峰市, the lead.
                        "通辽市：新分配 " + (ROWS - lead) + " 项措施交由贵单位牵头办理，" + coUnit + " 项措施需贵单位配合办理，请在“我的任务”中查看并签收。",
                        "自治区纪委监委：新分配 " + coUnit + " 项措施需贵单位配合办理，请在“我的任务”中查看并签收。");
    }
}
