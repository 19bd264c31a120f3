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
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

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

    /**
     * A table among a Word document's paragraphs, or inside a cell; a cell is a {@link String} or a
     * {@link RichCell}.
     */
    record Table(Object[][] rows) {}

    /** A Word cell of paragraphs ({@link String}), numbered paragraphs ({@link Numbered}) and tables ({@link Table}). */
    record RichCell(Object... blocks) {}

    /** A paragraph numbered by Word ({@code 1.}, {@code 2.}), the number in the numbering part, not the text. */
    record Numbered(String text) {}

    /** A one-cell table framing the blocks, as some offices lay a page out. */
    record Frame(Object... blocks) {}

    /**
     * A worksheet: its name and rows; a {@link LocalDate} cell is an Excel date cell of format 14,
     * an {@link ExcelDate} one of the format given.
     */
    record Worksheet(String name, Object[][] rows) {}

    /** A date cell in one of Excel's built-in formats (31 is {@code yyyy"年"m"月"d"日"} in Chinese Excel). */
    record ExcelDate(LocalDate day, int format) {}

    /** A Word document of paragraphs ({@link String}), tables ({@link Table}) and frames ({@link Frame}), in order. */
    static byte[] docx(List<Object> blocks) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Object block : blocks) {
                if (block instanceof Table table) {
                    table(document.createTable(), table.rows());
                } else if (block instanceof Frame frame) {
                    XWPFTableCell cell = document.createTable().getRow(0).getCell(0);
                    blocks(cell, frame.blocks());
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

    /** Fills a new cell, whose first paragraph is there and empty, with blocks in order. */
    private static void blocks(XWPFTableCell cell, Object... blocks) {
        boolean first = true;
        for (Object block : blocks) {
            if (block instanceof Table table) {
                table(new XWPFTable(cell.getCTTc().addNewTbl(), cell, 1, 1), table.rows());
            } else {
                XWPFParagraph paragraph = first
                        ? cell.getParagraphs().get(0)
                        : new XWPFParagraph(cell.getCTTc().addNewP(), cell);
                if (block instanceof Numbered numbered) {
                    paragraph.setNumID(numbering(cell.getXWPFDocument()));
                    paragraph.setNumILvl(BigInteger.ZERO);
                    paragraph.createRun().setText(numbered.text());
                } else {
                    paragraph.createRun().setText((String) block);
                }
            }
            first = false;
        }
        if (blocks.length > 0 && blocks[blocks.length - 1] instanceof Table) {
            // Word ends every cell with a paragraph.
            cell.getCTTc().addNewP();
        }
    }

    /** The document's one list numbered {@code 1.}, {@code 2.}, made on first use. */
    private static BigInteger numbering(XWPFDocument document) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) {
            numbering = document.createNumbering();
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
        }
        return numbering.getNums().get(0).getCTNum().getNumId();
    }

    private static void table(XWPFTable table, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value.equals(LEFT)) {
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
                boolean continued = value.equals(ABOVE);
                boolean continuedBelow = r + 1 < rows.length && rows[r + 1][c].equals(ABOVE);
                if (continued) {
                    properties.addNewVMerge();
                } else if (continuedBelow) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                if (value instanceof RichCell rich) {
                    if (cell.getParagraphs().isEmpty()) {
                        cell.addParagraph();
                    }
                    blocks(cell, rich.blocks());
                    continue;
                }
                String[] lines = continued ? new String[] {""} : ((String) value).split("\n", -1);
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
