package taizhang.extract.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Gives every row of a page's tables the table's full width, as Word and Excel tables are read: a
 * cell merged over rows ({@code rowspan}) or columns ({@code colspan}) is followed by empty cells in
 * the places it covers, so that a column keeps its place in every row.
 */
final class HtmlTables {

    /** Spans beyond these are broken markup, not wider tables (Word allows 63 columns). */
    private static final int MAX_COLSPAN = 63;

    private static final int MAX_ROWSPAN = 1000;
    private static final int MAX_COLUMNS = 255;
    /** Empty cells added to one page at most: spans on every row of a huge table must not fill the memory. */
    private static final int MAX_ADDED = 100_000;

    private HtmlTables() {}

    static void fillSpans(Element root) {
        int[] budget = {MAX_ADDED};
        for (Element table : root.getElementsByTag("table")) {
            fill(rows(table), budget);
        }
    }

    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                child.children().stream().filter(r -> r.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static void fill(List<Element> rows, int[] budget) {
        int[] covered = new int[0];
        for (Element row : rows) {
            int column = 0;
            for (Element cell : cells(row)) {
                while (column < covered.length && covered[column] > 0) {
                    if (--budget[0] < 0) {
                        return;
                    }
                    cell.before(new Element("td"));
                    covered[column++]--;
                }
                int colspan = span(cell, "colspan", MAX_COLSPAN);
                int rowspan = span(cell, "rowspan", MAX_ROWSPAN);
                budget[0] -= colspan - 1;
                if (column + colspan > MAX_COLUMNS || budget[0] < 0) {
                    return;
                }
                for (int c = 1; c < colspan; c++) {
                    cell.after(new Element("td"));
                }
                covered = Arrays.copyOf(covered, Math.max(covered.length, column + colspan));
                Arrays.fill(covered, column, column + colspan, rowspan - 1);
                column += colspan;
            }
            int last = covered.length - 1;
            while (last >= column && covered[last] == 0) {
                last--;
            }
            for (; column <= last; column++) {
                if (--budget[0] < 0) {
                    return;
                }
                row.appendChild(new Element("td"));
                covered[column] = Math.max(0, covered[column] - 1);
            }
        }
    }

    private static List<Element> cells(Element row) {
        return row.children().stream()
                .filter(c -> c.nameIs("td") || c.nameIs("th"))
                .toList();
    }

    private static int span(Element cell, String attribute, int most) {
        try {
            int span = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(most, span));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
