package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.structure.Layout;

class SheetReadingTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsAnExcelLedgerRowPerLineCellPerTab() {
        DecodedText text = reader.read(ledger(new XSSFWorkbook()), "台账.xlsx", null);
        assertThat(text.format()).isEqualTo("xlsx");
        assertThat(text.text().split("\n")[0]).isEqualTo("序号\t问题描述\t整改措施\t牵头单位\t完成时限");
        assertThat(text.text().split("\n")[2]).isEqualTo("\t\t明确专人负责\t办公室\t2021年底前");
    }

    @Test
    void readsALegacyExcelLedgerNamedSo() {
        assertThat(reader.read(ledger(new HSSFWorkbook()), "台账.xls", null).format())
                .isEqualTo("xls");
    }

    @Test
    void aMergedProblemCellSpansSeveralMeasureRows() {
        Report report = Extractor.extract(ledger(new XSSFWorkbook()), Hints.ofFile("台账.xlsx"));
        assertThat(report.structure().layout()).isEqualTo(Layout.TABLE);
        assertThat(report.structure().problems()).hasSize(2);
        assertThat(report.structure().problems().get(0).measures())
                .extracting(m -> m.title())
                .containsExactly("规范会议记录", "明确专人负责");
    }

    static byte[] ledger(Workbook workbook) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("整改台账");
            String[][] rows = {
                {"序号", "问题描述", "整改措施", "牵头单位", "完成时限"},
                {"1", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
                {"", "", "明确专人负责", "办公室", "2021年底前"},
                {"2", "固定资产账实不符", "开展资产清查", "财务科", "6月30日前"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
