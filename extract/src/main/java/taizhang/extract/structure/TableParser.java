package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads 整改台账 tables (a Word table, an Excel sheet, an HTML table: rows as lines, cells
 * separated by tabs). The header row (or two, under a merged group cell) is found by its words,
 * whatever the columns' order; each row is a measure, and a row whose problem cell is empty (a
 * merged cell) or repeats the problem adds a measure to the problem above. A measure cell listing
 * {@code 1.…2.…} gives one measure per item. Rows across the table are sections ({@code 一、…方面})
 * or notes that end it, and so is a category column's cell ({@code 问题类别}) where it changes; a
 * document may hold several tables, one per aspect.
 */
final class TableParser {

    /** Where a row's cells are: the column's kind to the cell's [start, end) in the text. */
    record Row(Map<Column, int[]> cells) {

        boolean blank(Column column, String n) {
            int[] cell = cells.get(column);
            return cell == null
                    || cell[0] >= cell[1]
                    || n.substring(cell[0], cell[1]).isBlank();
        }

        String text(Column column, String n) {
            int[] cell = cells.get(column);
            return cell == null ? "" : n.substring(cell[0], cell[1]);
        }

        /**
         * A follow-up row of a problem with the field cells it leaves empty taken from the row above:
         * a 责任单位, 整改时限 or 完成情况 merged over the problem's measure rows holds for each of them.
         */
        Row mergedWith(Row above, String n) {
            if (blank(Column.MEASURE, n)) {
                // Without a measure of its own the row's other cells are its measure: nothing to take.
                return this;
            }
            Map<Column, int[]> merged = new EnumMap<>(Column.class);
            merged.putAll(cells);
            for (var e : above.cells.entrySet()) {
                if (e.getKey().fieldKind() != null && blank(e.getKey(), n)) {
                    merged.put(e.getKey(), e.getValue());
                }
            }
            return new Row(merged);
        }
    }

    private TableParser() {}

    /** The tables' outline, or null when the text holds no table with a recognisable header. */
    static Structure parse(String original, String normalized, Titles titles) {
        if (normalized.indexOf('\t') < 0) {
            return null;
        }
        LedgerOutline outline = new LedgerOutline(LevelParser.helper(original, normalized, titles));
        List<int[]> lines = lines(normalized);
        for (int k = 0; k < lines.size(); k++) {
            List<int[]> header = cells(normalized, lines.get(k));
            List<Column> columns = Column.ofHeader(normalized, header);
            if (columns == null) {
                List<int[]> filled = filled(normalized, header);
                if (filled.size() == 1
                        && LedgerOutline.sectionMarker(normalized, filled.get(0)[0], filled.get(0)[1]) != null) {
                    outline.heading(filled.get(0)[0], filled.get(0)[1]);
                }
                continue;
            }
            int first = k + 1;
            List<Column> twoRows = first < lines.size()
                    ? Column.withSubHeader(columns, normalized, cells(normalized, lines.get(first)))
                    : null;
            if (twoRows != null) {
                columns = twoRows;
                first++;
            }
            k = rows(outline, lines, first, columns);
        }
        return outline.structure();
    }

    /**
     * Reads the rows after a header into problems; returns the index of the last line read. A row
     * opens a problem when its problem cell names a new one (a merged or repeated cell goes on with
     * the problem above); a row with one cell across the table is a section or, after a note, the
     * table's end; another header starts another table, and the same header again goes on with it.
     */
    private static int rows(LedgerOutline outline, List<int[]> lines, int from, List<Column> columns) {
        String n = outline.helper().normalized();
        boolean problemColumn = columns.contains(Column.PROBLEM);
        Row problemRow = null;
        Row previous = null;
        String category = null;
        List<Measure> measures = new ArrayList<>();
        int rowsEnd = -1;
        int k = from;
        for (; k < lines.size(); k++) {
            List<int[]> rowCells = cells(n, lines.get(k));
            List<int[]> filled = filled(n, rowCells);
            if (filled.isEmpty()) {
                continue;
            }
            List<Column> again = Column.ofHeader(n, rowCells);
            if (again != null) {
                List<Column> twoRows =
                        k + 1 < lines.size() ? Column.withSubHeader(again, n, cells(n, lines.get(k + 1))) : null;
                if (!(twoRows != null ? twoRows : again).equals(columns)) {
                    break;
                }
                // The same header again is a printed ledger's header at the top of the next page: the
                // table goes on, and a row whose problem cell is empty goes on with the problem above.
                k += twoRows != null ? 1 : 0;
                continue;
            }
            if (TableNotes.isTotal(n, filled.get(0))) {
                continue;
            }
            Row row = rowCells.size() < 2 ? null : align(columns, rowCells);
            if (filled.size() == 1 && (row == null || spansTheRow(row, filled.get(0), n))) {
                int[] cell = filled.get(0);
                boolean heading = !TableNotes.isNote(n, cell)
                        && (LedgerOutline.sectionMarker(n, cell[0], cell[1]) != null || rowFollows(n, lines, k + 1));
                if (!heading) {
                    break;
                }
                if (problemRow != null) {
                    outline.add(problemRow, rowsEnd, measures);
                    problemRow = null;
                    measures = new ArrayList<>();
                }
                outline.heading(cell[0], cell[1]);
                continue;
            }
            if (row == null) {
                break;
            }
            boolean opens = problemRow == null
                    || (problemColumn
                            ? !row.blank(Column.PROBLEM, n)
                                    && !row.text(Column.PROBLEM, n).equals(problemRow.text(Column.PROBLEM, n))
                            : !row.blank(Column.NUMBER, n));
            if (opens && problemRow != null) {
                outline.add(problemRow, rowsEnd, measures);
                measures = new ArrayList<>();
            }
            if (opens) {
                problemRow = row;
                // A category cell names the section of the problems from here on, until another names one.
                if (!row.blank(Column.CATEGORY, n)
                        && !row.text(Column.CATEGORY, n).equals(category)) {
                    category = row.text(Column.CATEGORY, n);
                    int[] cell = row.cells().get(Column.CATEGORY);
                    outline.category(lines.get(k)[0], cell[0], cell[1]);
                }
            } else {
                row = row.mergedWith(previous, n);
            }
            TableRows.measures(outline.helper(), row, measures, outline.cells());
            previous = row;
            rowsEnd = lines.get(k)[1];
        }
        if (problemRow != null) {
            outline.add(problemRow, rowsEnd, measures);
        }
        return k - 1;
    }

    /** A row's only cell spans it unless it is where a problem, measure or progress is written. */
    private static boolean spansTheRow(Row row, int[] cell, String n) {
        for (Column core : List.of(Column.PROBLEM, Column.MEASURE, Column.TARGET, Column.PROGRESS)) {
            if (row.cells().get(core) == cell) {
                return LedgerOutline.sectionMarker(n, cell[0], cell[1]) != null;
            }
        }
        return true;
    }

    /** Whether the line at {@code k} is a row of the table, not its end or another table's header. */
    private static boolean rowFollows(String n, List<int[]> lines, int k) {
        if (k >= lines.size()) {
            return false;
        }
        List<int[]> next = cells(n, lines.get(k));
        return next.size() >= 2 && filled(n, next).size() >= 2 && Column.ofHeader(n, next) == null;
    }

    private static List<int[]> filled(String n, List<int[]> cells) {
        List<int[]> filled = new ArrayList<>();
        for (int[] cell : cells) {
            if (cell[0] < cell[1]) {
                filled.add(cell);
            }
        }
        return filled;
    }

    /** Rows shortened by merged cells (HTML rowspan) lack their first cells: align them to the right. */
    private static Row align(List<Column> columns, List<int[]> cells) {
        Map<Column, int[]> byColumn = new EnumMap<>(Column.class);
        int shift = Math.max(0, columns.size() - cells.size());
        for (int c = 0; c < cells.size() && c + shift < columns.size(); c++) {
            Column column = columns.get(c + shift);
            if (column != null) {
                byColumn.putIfAbsent(column, cells.get(c));
            }
        }
        return new Row(byColumn);
    }

    private static List<int[]> lines(String n) {
        List<int[]> lines = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            int end = n.indexOf('\n', i);
            end = end < 0 ? n.length() : end;
            lines.add(new int[] {i, end});
            i = end + 1;
        }
        return lines;
    }

    /** The line's cells as [start, end) with spaces trimmed; one cell when the line has no tab. */
    static List<int[]> cells(String n, int[] line) {
        List<int[]> cells = new ArrayList<>();
        int s = line[0];
        while (s <= line[1]) {
            int tab = n.indexOf('\t', s);
            int e = tab < 0 || tab > line[1] ? line[1] : tab;
            int a = s;
            int b = e;
            while (a < b && Character.isWhitespace(n.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(n.charAt(b - 1))) {
                b--;
            }
            cells.add(new int[] {a, b});
            s = e + 1;
        }
        return cells;
    }
}
