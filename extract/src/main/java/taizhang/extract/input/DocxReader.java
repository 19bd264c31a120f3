package taizhang.extract.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Reads the body of a Word document: paragraphs in order, one line each, with the numbers Word
 * draws for numbered lists, and tables with cells separated by tabs and rows by line breaks; a
 * table inside a cell is part of the cell's text, a table framing a page is not a table. Page
 * headers and footers are not report text.
 */
final class DocxReader {

    /** Word allows 63 columns; a larger span is a broken file, not a wider table. */
    private static final int MAX_SPAN = 63;

    DecodedText read(byte[] bytes, ReadLimits limits) throws IOException {
        ZipGuard.check(bytes, limits);
        applyPoiLimits(limits);
        StringBuilder text = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxNumbering numbering = new DocxNumbering(document.getNumbering());
            for (IBodyElement element : document.getBodyElements()) {
                append(text, element, numbering);
            }
        }
        if (text.toString().isBlank()) {
            throw new ExtractionException(Kind.EMPTY, "Word 文档中没有文字（没有正文段落或表格内容）。 (DOCX body has no text)");
        }
        return new DecodedText(text.toString(), Format.DOCX.label(), null);
    }

    /**
     * POI's second line of defence. Its settings are JVM-wide, so they are only ever tightened
     * here, never loosened for one caller at the expense of another.
     */
    private static synchronized void applyPoiLimits(ReadLimits limits) {
        if (ZipSecureFile.getMinInflateRatio() < limits.minInflateRatio()) {
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        }
        if (ZipSecureFile.getMaxEntrySize() > limits.maxZipEntryBytes()) {
            ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
        }
        if (ZipSecureFile.getMaxTextSize() > limits.maxTextChars()) {
            ZipSecureFile.setMaxTextSize(limits.maxTextChars());
        }
    }

    private static void append(StringBuilder text, IBodyElement element, DocxNumbering numbering) {
        if (element instanceof XWPFParagraph paragraph) {
            String body = paragraph.getText();
            line(text, body.isBlank() ? body : numbering.label(paragraph) + body);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<XWPFTableCell> rowCells = row.getTableCells();
                if (rowCells.size() == 1 && !rowCells.get(0).getTables().isEmpty()) {
                    // A table framing a page (a one-cell row around the ledger and its title): its content is the page.
                    for (IBodyElement inner : rowCells.get(0).getBodyElements()) {
                        append(text, inner, numbering);
                    }
                    continue;
                }
                StringBuilder cells = new StringBuilder();
                boolean first = true;
                for (XWPFTableCell cell : rowCells) {
                    // Empty cells keep their tabs too: a merged cell's continuation is empty but holds its place.
                    if (!first) {
                        cells.append('\t');
                    }
                    first = false;
                    cells.append(cellText(cell, numbering));
                    // A cell merged across columns keeps their places, so that every row has the table's width.
                    cells.append("\t".repeat(span(cell) - 1));
                }
                line(text, cells.toString());
            }
        } else if (element instanceof XWPFSDT control) {
            line(text, control.getContent().getText());
        }
    }

    /**
     * A cell's paragraphs (with the numbers Word draws for them: 1.规范… 2.明确…) and the cells of a
     * table inside it, in order, each once and parted by a space: the cell's own line breaks and tabs
     * would break the row-per-line, cell-per-tab layout.
     */
    private static String cellText(XWPFTableCell cell, DocxNumbering numbering) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String body = paragraph.getText();
                part(text, body.isBlank() ? body : numbering.label(paragraph) + body);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        part(text, cellText(inner, numbering));
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                part(text, control.getContent().getText());
            }
        }
        return text.toString();
    }

    /**
     * Adds one part of a Word cell (a paragraph, a nested table's cell) to the cell's text, all on
     * one line; {@link DocReader} joins the parts of a binary Word cell the same way.
     */
    static void part(StringBuilder text, String part) {
        String clean = part.replaceAll("[\\t\\r\\n]+", " ").strip();
        if (clean.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(clean);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_SPAN, properties.getGridSpan().getVal().intValue()));
    }

    private static void line(StringBuilder text, String line) {
        if (line == null || line.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }
}
