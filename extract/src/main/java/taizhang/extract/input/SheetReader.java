package taizhang.extract.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Reads an Excel 整改台账 (.xlsx, or .xls when named so): every sheet's rows as lines, cells
 * separated by tabs, as Word tables are read. Every row of a sheet has the sheet's full width, so
 * a column keeps its place; the later cells of a merged range are empty, as Excel keeps them.
 */
final class SheetReader {

    DecodedText read(byte[] bytes, ReadLimits limits, boolean legacy) throws IOException {
        StringBuilder text = new StringBuilder();
        if (!legacy) {
            ZipGuard.check(bytes, limits);
        }
        try (Workbook workbook = legacy
                ? new HSSFWorkbook(new ByteArrayInputStream(bytes))
                : new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            for (Sheet sheet : workbook) {
                append(text, sheet, formatter);
            }
        }
        if (text.toString().isBlank()) {
            throw new ExtractionException(Kind.EMPTY, "Excel 表格中没有文字（所有工作表都是空的）。 (workbook has no text)");
        }
        return new DecodedText(text.toString(), (legacy ? Format.XLS : Format.XLSX).label(), null);
    }

    private static void append(StringBuilder text, Sheet sheet, DataFormatter formatter) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        for (Row row : sheet) {
            StringBuilder line = new StringBuilder();
            boolean any = false;
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    line.append('\t');
                }
                Cell cell = row.getCell(c);
                String value = cell == null ? "" : CellText.of(cell, formatter);
                // A cell's own line breaks and tabs would break the row-per-line, cell-per-tab layout.
                value = value.replaceAll("[\\t\\r\\n]+", " ").strip();
                any |= !value.isEmpty();
                line.append(value);
            }
            if (any) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(line);
            }
        }
    }
}
