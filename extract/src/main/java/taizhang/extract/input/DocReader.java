package taizhang.extract.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Reads the body of a Word 97–2003 document ({@code .doc}, as WPS also saves) into the text {@link
 * DocxReader} makes of the same document saved as DOCX, so that the structure parser reads both
 * alike: paragraphs in order, one line each, with the numbers Word draws for numbered lists; tables
 * with cells separated by tabs and rows by line breaks, a cell merged across columns keeping their
 * places, a cell merged down empty below its first row; a table inside a cell part of the cell's
 * text, a table framing a page not a table. Page headers, footers, footnotes, comments and text
 * boxes are stories apart from the body and are not read; of a field only the result Word shows
 * is, not its code; text deleted with changes tracked is left out.
 */
final class DocReader {

    /** Word allows 63 columns; a larger span is a broken file, not a wider table. */
    private static final int MAX_SPAN = 63;
    /**
     * Cell edges closer than this (a twentieth of a point each) are one column edge: rows drawn a
     * hair apart are one grid, not a column too narrow to see.
     */
    private static final int EDGE_TOLERANCE = 10;

    /** Real documents nest fields a few deep; deeper is a broken or hostile file, whose further fields are read as text. */
    private static final int MAX_FIELD_DEPTH = 64;

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    DecodedText read(byte[] bytes, ReadLimits limits) throws IOException {
        StringBuilder text = new StringBuilder();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range body = document.getRange();
            if (body.getEndOffset() - body.getStartOffset() > limits.maxTextChars()) {
                throw new ExtractionException(
                        Kind.TOO_LARGE,
                        "文件中的文字过多：超过 " + limits.maxTextChars() + " 个字符的上限。 (Word body of "
                                + (body.getEndOffset() - body.getStartOffset()) + " chars)");
            }
            new Walk(text).range(body, 0);
        }
        if (text.toString().isBlank()) {
            throw new ExtractionException(Kind.EMPTY, "Word 文档中没有文字（没有正文段落或表格内容）。 (DOC body has no text)");
        }
        return new DecodedText(text.toString(), Format.DOC.label(), null);
    }

    /** One pass over the body: the numbering counts and open fields run on across paragraphs and cells. */
    private static final class Walk {

        private final StringBuilder text;
        private final DocNumbering numbering = new DocNumbering();
        /** The fields open at this point, innermost last; true while in a field's code, before its result. */
        private final Deque<Boolean> fields = new ArrayDeque<>();
        /** How many of the open fields are in their code: while any is, nothing is shown. */
        private int inCode;

        Walk(StringBuilder text) {
            this.text = text;
        }

        /** The paragraphs of a range at a table depth: the body at 0, a cell at its table's level. */
        void range(Range range, int level) {
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable() && paragraph.getTableLevel() > level) {
                    Table table = range.getTable(paragraph);
                    table(table);
                    i += Math.max(1, table.numParagraphs()) - 1;
                } else {
                    line(paragraphText(paragraph));
                }
            }
        }

        private void table(Table table) {
            int[] edges = edges(table);
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                if (row.numCells() == 1 && holdsTable(row.getCell(0), table.getTableLevel())) {
                    // A table framing a page (a one-cell row around the ledger and its title): its content is the page.
                    range(row.getCell(0), table.getTableLevel());
                    continue;
                }
                StringBuilder cells = new StringBuilder();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    // Empty cells keep their tabs too: a merged cell's continuation is empty but holds its place.
                    if (c > 0) {
                        cells.append('\t');
                    }
                    String content = cellText(cell, table.getTableLevel());
                    // Word shows a cell merged down only in its first row; what a later row's part holds is not shown.
                    if (!cell.isVerticallyMerged() || cell.isFirstVerticallyMerged()) {
                        cells.append(content);
                    }
                    // A cell merged across columns keeps their places, so that every row has the table's width.
                    cells.append("\t".repeat(span(cell, edges) - 1));
                }
                line(cells.toString());
            }
        }

        /**
         * A cell's paragraphs (with the numbers Word draws for them: 1.规范… 2.明确…) and the cells of a
         * table inside it, in order, each once and parted by a space: the cell's own line breaks and
         * tabs would break the row-per-line, cell-per-tab layout.
         */
        private String cellText(TableCell cell, int level) {
            StringBuilder content = new StringBuilder();
            int count = cell.numParagraphs();
            for (int i = 0; i < count; i++) {
                Paragraph paragraph = cell.getParagraph(i);
                if (paragraph.isInTable() && paragraph.getTableLevel() > level) {
                    Table inner = cell.getTable(paragraph);
                    for (int r = 0; r < inner.numRows(); r++) {
                        TableRow row = inner.getRow(r);
                        for (int c = 0; c < row.numCells(); c++) {
                            DocxReader.part(content, cellText(row.getCell(c), inner.getTableLevel()));
                        }
                    }
                    i += Math.max(1, inner.numParagraphs()) - 1;
                } else {
                    DocxReader.part(content, paragraphText(paragraph));
                }
            }
            return content.toString();
        }

        private static boolean holdsTable(TableCell cell, int level) {
            for (int i = 0; i < cell.numParagraphs(); i++) {
                Paragraph paragraph = cell.getParagraph(i);
                if (paragraph.isInTable() && paragraph.getTableLevel() > level) {
                    return true;
                }
            }
            return false;
        }

        /** The paragraph as Word shows it, with its list number; "" if it shows nothing. */
        private String paragraphText(Paragraph paragraph) {
            StringBuilder shown = new StringBuilder();
            int runs = paragraph.numCharacterRuns();
            for (int k = 0; k < runs; k++) {
                CharacterRun run = paragraph.getCharacterRun(k);
                if (run == null) {
                    continue;
                }
                boolean deleted = run.isMarkedDeleted();
                String chars = run.text();
                for (int i = 0; i < chars.length(); i++) {
                    char c = chars.charAt(i);
                    switch (c) {
                        case FIELD_BEGIN -> {
                            if (fields.size() < MAX_FIELD_DEPTH) {
                                fields.addLast(true);
                                inCode++;
                            }
                        }
                        case FIELD_SEPARATOR -> {
                            if (!fields.isEmpty() && fields.peekLast()) {
                                fields.removeLast();
                                fields.addLast(false);
                                inCode--;
                            }
                        }
                        case FIELD_END -> {
                            if (!fields.isEmpty() && fields.removeLast()) {
                                inCode--;
                            }
                        }
                        default -> {
                            if (!deleted && inCode == 0) {
                                shown(shown, c);
                            }
                        }
                    }
                }
            }
            if (inCode > 0) {
                // A field's code ends within its paragraph (a result, like a table of contents, may not):
                // a code left open by a broken file must not hide the rest of the document.
                int open = fields.size();
                fields.clear();
                for (int f = 0; f < open; f++) {
                    fields.addLast(false);
                }
                inCode = 0;
            }
            String body = shown.toString();
            return body.isBlank() ? body : numbering.label(paragraph) + body;
        }

        /**
         * A character as DOCX text has it: a line or page break is a line break, a non-breaking
         * hyphen a hyphen; the marks of paragraphs and cells, anchors of pictures, drawings, notes
         * and comments, and optional hyphens are not text.
         */
        private static void shown(StringBuilder shown, char c) {
            if (c == '\u000B' || c == '\u000C') {
                shown.append('\n');
            } else if (c == '\u001E') {
                shown.append('-');
            } else if (c == '\t' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF')) {
                shown.append(c);
            }
        }

        private void line(String line) {
            if (line == null || line.isBlank()) {
                return;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
        }
    }

    /**
     * The table's column edges, as Word lays its grid: every edge of every cell of every row. A
     * binary table stores no spans, only each cell's edges; a cell spans the grid columns it covers.
     */
    private static int[] edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        int[] edges = new int[all.size()];
        int n = 0;
        for (int edge : all) {
            if (n == 0 || edge - edges[n - 1] > EDGE_TOLERANCE) {
                edges[n++] = edge;
            }
        }
        return Arrays.copyOf(edges, n);
    }

    private static int span(TableCell cell, int[] edges) {
        int from = column(cell.getLeftEdge(), edges);
        int to = column(cell.getLeftEdge() + cell.getWidth(), edges);
        return Math.max(1, Math.min(MAX_SPAN, to - from));
    }

    /** The index of the grid edge nearest the position. */
    private static int column(int position, int[] edges) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - position) < Math.abs(edges[best] - position)) {
                best = i;
            }
        }
        return best;
    }
}
