package taizhang.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The accountability register as a workbook: one row per action, in the register's columns. */
final class AccountabilitySheet {

    /** Each column: its Chinese header, its width in characters, and what it shows. */
    private record Column(String header, int width, Function<AccountabilityView, String> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("序号", 6, v -> String.valueOf(v.action().id())),
            new Column("责任单位", 20, AccountabilityView::unitName),
            new Column("被追责人", 12, v -> orEmpty(v.action().personName())),
            new Column("职务", 20, v -> orEmpty(v.action().personPost())),
            new Column("追责方式", 14, AccountabilityView::kind),
            new Column("决定日期", 12, v -> v.action().decidedOn().toString()),
            new Column("决定机关", 20, v -> v.action().decidedBy()),
            new Column("文号", 20, v -> orEmpty(v.action().documentNo())),
            new Column("情况说明", 50, v -> orEmpty(v.action().description())),
            new Column("涉及措施", 14, v -> ids(v.action().measureIds())),
            new Column("涉及督导事项", 14, v -> ids(v.action().itemIds())),
            new Column("登记人", 12, v -> v.action().recordedBy()));

    private AccountabilitySheet() {}

    static byte[] write(String campaignName, List<AccountabilityView> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("责任追究");
            sheet.createRow(0).createCell(0).setCellValue(campaignName + " 责任追究台账");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 2 * 256);
            }
            int r = 2;
            for (AccountabilityView row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    line.createCell(c).setCellValue(COLUMNS.get(c).value().apply(row));
                }
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }
}
