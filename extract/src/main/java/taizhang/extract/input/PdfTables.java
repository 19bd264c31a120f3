package taizhang.extract.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the tables of a PDF's text layer as rows of tab-separated cells, the layout the other
 * readers give a table. A PDF draws a table as words at places: the text layer has a row's cells
 * on one line parted by no more than a space, and a cell's wrapped lines on the lines below
 * beside the other cells' ({@code 1 党组会议记录不规范， 规范会议记录，明确专人 办公室} then {@code 记录要素缺失
 * 负责记录并及时归档}). Words a wide gap apart are cells; a table is a run of lines of three or more
 * cells, with the lines between them whose cells stand in its columns; a line continues the row
 * above unless it fills the first column or stands a row's gap below. Text outside tables is
 * left as the text layer gives it.
 */
final class PdfTables {

    /** A gap between words wider than this share of the font size parts two cells. */
    private static final float CELL_GAP = 0.9f;
    /** A line this much further below the last than the table's line pitch starts a new row. */
    private static final float ROW_GAP = 1.2f;
    /** A table has at least this many cells in its header and its fullest rows. */
    private static final int MIN_COLUMNS = 3;

    /** One word as the text layer places it: its text, left and right edges, baseline and font size. */
    record Word(String text, float left, float right, float baseline, float size) {}

    /** The words of one line of the text layer, in order, and the page it is on. */
    record Line(int page, List<Word> words) {
        float baseline() {
            return words.get(0).baseline();
        }
    }

    private record Chunk(String text, float left) {}

    private PdfTables() {}

    /** The text with its tables as tab-separated rows, or null when it holds no table. */
    static String rebuild(List<Line> lines) {
        List<List<Chunk>> chunks = new ArrayList<>(lines.size());
        for (Line line : lines) {
            chunks.add(chunks(line));
        }
        StringBuilder text = new StringBuilder();
        boolean tables = false;
        int i = 0;
        while (i < lines.size()) {
            int end = tableEnd(lines, chunks, i);
            if (end > i) {
                tables = true;
                rows(lines, chunks, i, end, text);
                i = end;
            } else {
                append(
                        text,
                        String.join(
                                " ",
                                lines.get(i).words().stream().map(Word::text).toList()));
                i++;
            }
        }
        return tables ? text.toString() : null;
    }

    /** The words of a line gathered into cells: words closer than a cell gap are one cell's. */
    private static List<Chunk> chunks(Line line) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float left = 0;
        Word previous = null;
        for (Word w : line.words()) {
            if (previous == null || w.left() - previous.right() > CELL_GAP * Math.max(w.size(), previous.size())) {
                if (previous != null) {
                    chunks.add(new Chunk(text.toString(), left));
                }
                text.setLength(0);
                left = w.left();
            } else {
                text.append(' ');
            }
            text.append(w.text());
            previous = w;
        }
        if (previous != null) {
            chunks.add(new Chunk(text.toString(), left));
        }
        return chunks;
    }

    /**
     * Where the table starting at line {@code from} ends, or {@code from} when none starts there: it
     * opens with a line of three or more cells and holds another such line before it ends.
     */
    private static int tableEnd(List<Line> lines, List<List<Chunk>> chunks, int from) {
        if (chunks.get(from).size() < MIN_COLUMNS) {
            return from;
        }
        int width = chunks.get(from).size();
        float secondColumn = chunks.get(from).get(1).left();
        int full = 1;
        int end = from + 1;
        while (end < lines.size()) {
            List<Chunk> line = chunks.get(end);
            boolean inTable = line.size() >= 2 && line.size() <= width
                    || line.size() == 1
                            && line.get(0).left()
                                    >= secondColumn
                                            - lines.get(end).words().get(0).size();
            if (!inTable) {
                break;
            }
            if (line.size() >= MIN_COLUMNS) {
                full++;
                secondColumn = Math.min(secondColumn, line.get(1).left());
            }
            end++;
        }
        return full >= 2 ? end : from;
    }

    /** The lines {@code [from, to)} of a table as rows of cells, each cell's wrapped lines joined. */
    private static void rows(List<Line> lines, List<List<Chunk>> chunks, int from, int to, StringBuilder text) {
        float[] columns = columns(chunks, from, to);
        float pitch = pitch(lines, from, to);
        StringBuilder[] row = null;
        for (int i = from; i < to; i++) {
            StringBuilder[] cells = new StringBuilder[columns.length];
            for (Chunk c : chunks.get(i)) {
                int k = column(columns, c.left(), lines.get(i).words().get(0).size());
                cells[k] = cells[k] == null
                        ? new StringBuilder(c.text())
                        : cells[k].append(' ').append(c.text());
            }
            boolean newRow = row == null
                    || cells[0] != null
                    || lines.get(i).page() != lines.get(i - 1).page()
                    || lines.get(i).baseline() - lines.get(i - 1).baseline() > ROW_GAP * pitch;
            if (newRow) {
                if (row != null) {
                    append(text, join(row));
                }
                row = cells;
            } else {
                for (int k = 0; k < cells.length; k++) {
                    if (cells[k] != null) {
                        row[k] = row[k] == null ? cells[k] : glue(row[k], cells[k]);
                    }
                }
            }
        }
        if (row != null) {
            append(text, join(row));
        }
    }

    /**
     * Where each column starts: the left edge of each cell in the table's fullest lines, the
     * leftmost over them (a centred header starts right of its column's text).
     */
    private static float[] columns(List<List<Chunk>> chunks, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width = Math.max(width, chunks.get(i).size());
        }
        float[] columns = new float[width];
        java.util.Arrays.fill(columns, Float.MAX_VALUE);
        for (int i = from; i < to; i++) {
            if (chunks.get(i).size() == width) {
                for (int k = 0; k < width; k++) {
                    columns[k] = Math.min(columns[k], chunks.get(i).get(k).left());
                }
            }
        }
        return columns;
    }

    /** The column a cell starting at {@code left} stands in: the last to start at or before it. */
    private static int column(float[] columns, float left, float size) {
        int k = 0;
        while (k + 1 < columns.length && columns[k + 1] <= left + size / 2) {
            k++;
        }
        return k;
    }

    /**
     * The smallest distance between lines on a page of the table, a cell's wrapped lines; where no
     * cell wraps, one and a half times the font size (a row's distance adds the cell's margins).
     */
    private static float pitch(List<Line> lines, int from, int to) {
        float pitch = 1.5f * lines.get(from).words().get(0).size();
        for (int i = from + 1; i < to; i++) {
            float step = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (lines.get(i).page() == lines.get(i - 1).page() && step > 0) {
                pitch = Math.min(pitch, step);
            }
        }
        return pitch;
    }

    /** A cell's wrapped line joins its first without a space, unless both sides are Latin words. */
    private static StringBuilder glue(StringBuilder cell, StringBuilder more) {
        boolean latin = Character.isLetterOrDigit(cell.charAt(cell.length() - 1))
                && cell.charAt(cell.length() - 1) < 0x80
                && Character.isLetter(more.charAt(0))
                && more.charAt(0) < 0x80;
        return cell.append(latin ? " " : "").append(more);
    }

    private static String join(StringBuilder[] row) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < row.length; k++) {
            if (k > 0) {
                line.append('\t');
            }
            if (row[k] != null) {
                line.append(row[k]);
            }
        }
        return line.toString();
    }

    private static void append(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }
}
