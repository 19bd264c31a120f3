package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads 整改台账 tables (a Word table, an Excel sheet, an HTML table: rows as lines, cells
 * separated by tabs). The header row is found by its words, whatever the columns' order; each
 * row is a measure, and a row whose problem cell is empty (a merged cell) adds a measure to the
 * problem above. A measure cell listing {@code 1.…2.…} gives one measure per item.
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
    }

    private TableParser() {}

    /** The table's outline, or null when the text holds no table with a recognisable header. */
    static Structure parse(String original, String normalized, Titles titles) {
        if (normalized.indexOf('\t') < 0) {
            return null;
        }
        LevelParser helper = LevelParser.helper(original, normalized, titles);
        List<Problem> problems = new ArrayList<>();
        List<FieldCell> cells = new ArrayList<>();
        List<int[]> lines = lines(normalized);
        for (int k = 0; k < lines.size(); k++) {
            List<int[]> header = cells(normalized, lines.get(k));
            List<Column> columns = Column.ofHeader(normalized, header);
            if (columns == null) {
                continue;
            }
            k = rows(helper, lines, k + 1, columns, problems, cells);
        }
        return problems.isEmpty() ? null : new Structure(List.of(), problems, Layout.TABLE, cells);
    }

    /** Reads the rows after a header into problems; returns the index of the last line read. */
    private static int rows(
            LevelParser helper,
            List<int[]> lines,
            int from,
            List<Column> columns,
            List<Problem> out,
            List<FieldCell> cells) {
        String n = helper.normalized();
        int k = from;
        Row problemRow = null;
        List<Measure> measures = new ArrayList<>();
        int problemEnd = -1;
        for (; k < lines.size(); k++) {
            List<int[]> rowCells = cells(n, lines.get(k));
            if (rowCells.size() < 2) {
                break;
            }
            Row row = align(columns, rowCells);
            boolean opens = problemRow == null || !row.blank(Column.PROBLEM, n) || !row.blank(Column.NUMBER, n);
            if (opens && problemRow != null) {
                out.add(TableRows.problem(helper, problemRow, out.size() + 1, problemEnd, measures));
                measures = new ArrayList<>();
            }
            if (opens) {
                problemRow = row;
            }
            TableRows.measures(helper, row, measures, cells);
            problemEnd = lines.get(k)[1];
        }
        if (problemRow != null) {
            out.add(TableRows.problem(helper, problemRow, out.size() + 1, problemEnd, measures));
        }
        return k - 1;
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
