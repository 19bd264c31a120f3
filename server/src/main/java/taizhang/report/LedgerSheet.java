package taizhang.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the Excel ledger as it streams past: a title row, the header, one row per measure,
 * the problem cell merged over its measures as offices lay it out, and each row's key in a
 * hidden last column (nothing is protected: the office edits the sheet as any other).
 * {@link SXSSFWorkbook} keeps a window of rows in memory and the rest in a temporary file, and
 * strings are written inline (no shared-strings table), so memory stays flat however many
 * measures there are.
 */
final class LedgerSheet {

    private static final int WINDOW = 200;
    static final int HEADER_ROW = 1;

    private LedgerSheet() {}

    /**
     * Writes the workbook to {@code out}; {@code lines} feeds every line to the consumer it is given,
     * and {@code script} converts every text (headings and ledger alike), the hidden key excepted.
     */
    static void write(
            String title, Consumer<Consumer<LedgerLine>> lines, OutputStream out, UnaryOperator<String> script) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(script.apply("整改台账"));
            Styles styles = new Styles(workbook);
            header(sheet, script.apply(title), styles, script);
            var writer = new Object() {
                int row = HEADER_ROW + 1;
                long problem = -1;
                int problemStart = -1;

                void accept(LedgerLine line) {
                    if (line.problemId() != problem) {
                        mergeProblem();
                        problem = line.problemId();
                        problemStart = row;
                    }
                    line(sheet.createRow(row), row - HEADER_ROW, line, row == problemStart, styles, script);
                    row++;
                }

                void mergeProblem() {
                    if (problemStart >= 0 && row - problemStart > 1) {
                        // Unchecked: each region is new and disjoint; checking would cost O(regions²).
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(
                                problemStart, row - 1, LedgerColumn.PROBLEM.ordinal(), LedgerColumn.PROBLEM.ordinal()));
                    }
                }
            };
            lines.accept(writer::accept);
            writer.mergeProblem();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone (dispose); nothing left to release
            }
        }
    }

    private static void header(SXSSFSheet sheet, String title, Styles styles, UnaryOperator<String> script) {
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(28);
        Cell cell = titleRow.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, LedgerColumn.KEY.ordinal() - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (LedgerColumn column : LedgerColumn.values()) {
            Cell h = header.createCell(column.ordinal());
            h.setCellValue(script.apply(column.header()));
            h.setCellStyle(styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 2 * 256);
        }
        sheet.setColumnHidden(LedgerColumn.KEY.ordinal(), true);
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static void line(
            Row row, int number, LedgerLine line, boolean firstOfProblem, Styles styles, UnaryOperator<String> script) {
        row.createCell(LedgerColumn.NUMBER.ordinal()).setCellValue(number);
        text(row, LedgerColumn.CODE, line.code(), styles, script);
        text(
                row,
                LedgerColumn.PROBLEM,
                firstOfProblem ? line.problemNumber() + "." + line.problemTitle() : null,
                styles,
                script);
        text(row, LedgerColumn.MEASURE, line.title(), styles, script);
        text(row, LedgerColumn.LEAD, line.lead(), styles, script);
        text(row, LedgerColumn.CO_UNITS, String.join(LedgerColumn.LIST_SEPARATOR, line.coUnits()), styles, script);
        text(row, LedgerColumn.LEADER, line.leader(), styles, script);
        Cell deadline = row.createCell(LedgerColumn.DEADLINE.ordinal());
        deadline.setCellStyle(styles.date);
        if (line.deadline() != null) {
            deadline.setCellValue(line.deadline());
        }
        Cell original = row.createCell(LedgerColumn.ORIGINAL_DEADLINE.ordinal());
        original.setCellStyle(styles.date);
        if (line.originalDeadline() != null) {
            original.setCellValue(line.originalDeadline());
        }
        text(row, LedgerColumn.TYPE, line.type().label(), styles, script);
        text(row, LedgerColumn.PROGRESS, line.progress(), styles, script);
        text(row, LedgerColumn.STATUS, line.status().label(), styles, script);
        text(row, LedgerColumn.WARNING, line.warning().label(), styles, script);
        text(row, LedgerColumn.EVIDENCE, String.join(LedgerColumn.LIST_SEPARATOR, line.evidence()), styles, script);
        text(row, LedgerColumn.BODY, line.body(), styles, script);
        row.createCell(LedgerColumn.KEY.ordinal()).setCellValue(line.key().text());
    }

    private static void text(Row row, LedgerColumn column, String value, Styles styles, UnaryOperator<String> script) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(styles.text);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(cellText(script.apply(value)));
        }
    }

    /**
     * The text as its cell holds it. Excel refuses cells over 32,767 characters, so a progress or
     * official text that long is cut, with a mark; an import compares the cell with this, not the text.
     */
    static String cellText(String value) {
        return value.length() > 32_000 ? value.substring(0, 32_000) + "……（已截断）" : value;
    }

    /** The few styles the sheet uses; a workbook holds at most 64,000, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("黑体");
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            big.setFontName("方正小标宋简体");
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(workbook);
            text.setWrapText(true);
            date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
