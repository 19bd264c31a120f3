package taizhang.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The bad cells of an upload as a sheet the office can work down, one line per cell. */
final class ErrorSheet {

    private static final List<String> HEADERS = List.of("行号", "单元格", "列", "内容", "问题说明");

    private ErrorSheet() {}

    static byte[] write(List<CellError> errors) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入错误");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int r = 1;
            for (CellError e : errors) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.row());
                row.createCell(1).setCellValue(e.cell());
                row.createCell(2).setCellValue(e.column());
                row.createCell(3).setCellValue(e.value());
                row.createCell(4).setCellValue(e.message());
            }
            sheet.setColumnWidth(3, 30 * 256);
            sheet.setColumnWidth(4, 60 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
