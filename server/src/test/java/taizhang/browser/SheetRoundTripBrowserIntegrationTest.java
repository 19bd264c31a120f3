package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The office's everyday round trip in a real browser: the ledger downloaded from 通报与台账, one
 * 责任人 changed and one row deleted in the file, the file uploaded through the page's form, and
 * the result read on the page; the change shows in the measure's audit list.
 */
class SheetRoundTripBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeDownloadsTheLedgerEditsItAndUploadsItBackIntoTheSameMeasures() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        long tongliao = fixtures.org("通辽市").id();
        Measure edited = ledger.measure(
                office.user(),
                problem.id(),
                "推进民族团结进步创建",
                tongliao,
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        Measure kept = ledger.measure(
                office.user(),
                problem.id(),
                "完善生态环境监测网络",
                tongliao,
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        ledger.measure(
                office.user(),
                problem.id(),
                "开展民族政策宣讲",
                tongliao,
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        signIn(office);

        ReportsScreen reports = new ReportsScreen(browser, campaign.id());
        Path file = edited(reports.ledgerSheet(), "推进民族团结进步创建", "完善生态环境监测网络");
        String message = reports.importSheet(file);
        Files.delete(file);

        assertThat(message).isEqualTo("已导入表格：更新 1 项措施，新增 0 项");
        assertThat(reports.result("updated")).isEqualTo("1 项措施（修改 1 处）");
        assertThat(reports.result("added")).isEqualTo("0 项措施");
        assertThat(reports.result("unchanged")).isEqualTo("1 项措施");
        assertThat(reports.result("not-in-sheet")).isEqualTo("1 项措施，保留未动：1-2");
        assertThat(jdbc.sql("select count(*) from measure where campaign_id = :c")
                        .param("c", campaign.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        browser.open("/measures/" + edited.id());
        assertThat(browser.driver()
                        .findElement(By.cssSelector("section[aria-labelledby='h-audit']"))
                        .getAttribute("textContent"))
                .contains("台账表格导入修改：责任人 “负责人” → “王某某”");
        browser.open("/measures/" + kept.id());
        assertThat(browser.find(By.id("measure-title")).getText()).contains("完善生态环境监测网络");
    }

    /** What the office does in Excel: types a new 责任人 into one row and deletes another row. */
    private static Path edited(byte[] xlsx, String reassigned, String deleted) throws Exception {
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            int title = column(header, "整改措施");
            int leader = column(header, "责任人");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String text = format.formatCellValue(row.getCell(title));
                if (text.equals(reassigned)) {
                    // A fresh cell: POI writes over an inline-string cell beside its old text.
                    row.removeCell(row.getCell(leader));
                    row.createCell(leader).setCellValue("王某某");
                } else if (text.equals(deleted)) {
                    sheet.removeRow(row);
                    sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
                    r--;
                }
            }
            Path file = Files.createTempFile("台账", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalStateException("no column " + name);
    }
}
