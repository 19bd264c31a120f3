package taizhang.extract.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds Word and Excel ledgers in the shapes real 整改台账 take, from rows written as strings: a
 * cell {@code "<"} belongs to a merge with the cell on its left, {@code "^"} to a merge with the
 * cell above; {@code \n} in a cell is a line break inside it (a new paragraph in Word). These are
 * constructed shapes for tests, not real documents.
 */
final class LedgerFiles {

    static final String LEFT = "<";
    static final String ABOVE = "^";

    private LedgerFiles() {}

    /** A table among a Word document's paragraphs. */
    record Table(String[][] rows) {}

    /**
     * A worksheet: its name and rows; a {@link LocalDate} cell is an Excel date cell of format 14,
     * an {@link ExcelDate} one of the format given.
     */
    record Worksheet(String name, Object[][] rows) {}

    /** A date cell in one of Excel's built-in formats (31 is {@code yyyy"年"m"月"d"日"} in Chinese Excel). */
    record ExcelDate(LocalDate day, int format) {}

    /** A Word document of paragraphs ({@link String}) and tables ({@link Table}), in order. */
    static byte[] docx(List<Object> blocks) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Object block : blocks) {
                if (block instanceof Table table) {
                    table(document, table.rows());
                } else {
                    document.createParagraph().createRun().setText((String) block);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, String[][] rows) {
        XWPFTable table = document.createTable();
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (int c = 0; c < rows[r].length; c++) {
                String text = rows[r][c];
                if (text.equals(LEFT)) {
                    continue;
                }
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                int span = 1;
                while (c + span < rows[r].length && rows[r][c + span].equals(LEFT)) {
                    span++;
                }
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                boolean continued = text.equals(ABOVE);
                boolean continuedBelow = r + 1 < rows.length && rows[r + 1][c].equals(ABOVE);
                if (continued) {
                    properties.addNewVMerge();
                } else if (continuedBelow) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] lines = continued ? new String[] {""} : text.split("\n", -1);
                cell.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int l = 1; l < lines.length; l++) {
                    cell.addParagraph().createRun().setText(lines[l]);
                }
            }
        }
    }

    /** An Excel workbook of the given worksheets; merged cells are merged regions, as Excel keeps them. */
    static byte[] xlsx(List<Worksheet> worksheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Worksheet worksheet : worksheets) {
                Sheet sheet = workbook.createSheet(worksheet.name());
                Object[][] rows = worksheet.rows();
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object value = rows[r][c];
                        if (value instanceof LocalDate day) {
                            value = new ExcelDate(day, 14);
                        }
                        if (value instanceof ExcelDate day) {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat((short) day.format());
                            Cell cell = row.createCell(c);
                            cell.setCellValue(day.day());
                            cell.setCellStyle(style);
                        } else if (!LEFT.equals(value) && !ABOVE.equals(value) && !"".equals(value)) {
                            row.createCell(c).setCellValue((String) value);
                        }
                        if (!LEFT.equals(value) && !ABOVE.equals(value)) {
                            merge(sheet, rows, r, c);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(Sheet sheet, Object[][] rows, int r, int c) {
        int right = c;
        while (right + 1 < rows[r].length && LEFT.equals(rows[r][right + 1])) {
            right++;
        }
        int bottom = r;
        while (bottom + 1 < rows.length && ABOVE.equals(rows[bottom + 1][c])) {
            bottom++;
        }
        if (right > c || bottom > r) {
            sheet.addMergedRegion(new CellRangeAddress(r, bottom, c, right));
        }
    }
}
