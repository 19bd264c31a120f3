package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/** Turns the cells of a 整改台账 row into a problem and its measures. */
final class TableRows {

    private TableRows() {}

    static Problem problem(LevelParser helper, TableParser.Row row, int sequence, int section, List<Measure> measures) {
        String n = helper.normalized();
        int[] cell = !row.blank(Column.PROBLEM, n) ? row.cells().get(Column.PROBLEM) : firstText(row, n);
        int number = number(row, n, sequence);
        String title = helper.titles().title(cell[0], cell[1]);
        return new Problem(
                number, title, cell[0], cell[1], section, helper.original().substring(cell[0], cell[1]), measures);
    }

    /** Adds the row's measures: the items its measure cell lists, else the cell, else the progress or problem cell. */
    static void measures(LevelParser helper, TableParser.Row row, List<Measure> measures, List<FieldCell> cells) {
        String n = helper.normalized();
        int[] cell = null;
        for (Column column : List.of(Column.MEASURE, Column.TARGET, Column.PROGRESS, Column.PROBLEM)) {
            if (!row.blank(column, n)) {
                cell = row.cells().get(column);
                break;
            }
        }
        if (cell == null) {
            return;
        }
        List<Integer> items = items(n, cell[0], cell[1]);
        for (int k = 0; k < items.size(); k++) {
            int start = items.get(k);
            int end = k + 1 < items.size() ? items.get(k + 1) : cell[1];
            int content = k == 0 && items.size() == 1 ? start : MarkerScanner.scanOne(n, start);
            Measure measure = helper.measure(measures.size() + 1, start, content, end);
            measures.add(measure);
            for (var e : row.cells().entrySet()) {
                String kind = e.getKey().fieldKind();
                int[] at = e.getValue();
                if (kind != null && at != cell && at[0] < at[1]) {
                    cells.add(new FieldCell(measure.start(), kind, at[0], at[1]));
                }
            }
        }
    }

    /**
     * Where the items of a cell start: its numbered items {@code 1.…2.…} (or {@code （1）}, {@code （一）},
     * {@code 一是}, {@code 第一，}, {@code ①}) when it starts with one, else the cell's start alone. The
     * first need not be 1: Word counts a list on from cell to cell, so a row's cell may read 3.…4.….
     */
    private static List<Integer> items(String n, int from, int to) {
        List<Marker> markers = MarkerScanner.scan(n, from, to);
        List<Integer> best = List.of(from);
        for (Marker.Style style : List.of(
                Marker.Style.PROBLEM_DOT,
                Marker.Style.PROBLEM_PAREN,
                Marker.Style.SECTION_PAREN,
                Marker.Style.MEASURE_IS,
                Marker.Style.MEASURE_ORDINAL,
                Marker.Style.CIRCLE)) {
            List<Integer> starts = new ArrayList<>();
            int firstNumber = 1;
            for (Marker m : markers) {
                boolean first = starts.isEmpty() && m.start() == from;
                boolean next = !starts.isEmpty() && m.boundary() != Boundary.NONE;
                if (first && m.style() == style) {
                    firstNumber = m.number();
                }
                if (m.style() == style && m.number() == firstNumber + starts.size() && (first || next)) {
                    starts.add(m.start());
                }
            }
            if (starts.size() >= 2 && starts.size() > best.size()) {
                best = starts;
            }
        }
        return best;
    }

    /** The 序号 as written ({@code 1}, {@code 1.}, {@code （二）}, {@code 三}), else the problem's place. */
    private static int number(TableParser.Row row, String n, int sequence) {
        if (row.blank(Column.NUMBER, n)) {
            return sequence;
        }
        int[] cell = row.cells().get(Column.NUMBER);
        String written = n.substring(cell[0], cell[1]);
        String digits = written.replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            return digits.length() > 6 ? sequence : Integer.parseInt(digits);
        }
        String numeral = written.replaceAll("[()、.\\s]", "");
        int value = ChineseOrdinal.value(numeral, 0, numeral.length());
        return value > 0 ? value : sequence;
    }

    private static int[] firstText(TableParser.Row row, String n) {
        for (Column column : List.of(Column.MEASURE, Column.TARGET, Column.PROGRESS)) {
            if (!row.blank(column, n)) {
                return row.cells().get(column);
            }
        }
        return row.cells().values().iterator().next();
    }
}
