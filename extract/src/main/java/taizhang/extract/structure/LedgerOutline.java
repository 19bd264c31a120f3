package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline a ledger's tables build up, row by row: problems with their measures and cells, and
 * the sections that group them, from rows spanning the table ({@code 一、政治建设方面}) or headings
 * between tables. A heading becomes a section only once a problem follows it, so a title or a
 * closing heading groups nothing.
 */
final class LedgerOutline {

    private final LevelParser helper;
    private final List<Section> sections = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<FieldCell> cells = new ArrayList<>();
    private int[] heading;
    private int end;

    LedgerOutline(LevelParser helper) {
        this.helper = helper;
    }

    LevelParser helper() {
        return helper;
    }

    List<FieldCell> cells() {
        return cells;
    }

    int problemCount() {
        return problems.size();
    }

    /** A heading over the problems that follow, from {@code start} to {@code end} in the text. */
    void heading(int start, int end) {
        heading = new int[] {start, start, end};
    }

    /** A section named by the category cell {@code [start, end)} of the row that begins at {@code rowStart}. */
    void category(int rowStart, int start, int end) {
        heading = new int[] {rowStart, start, end};
    }

    void add(TableParser.Row row, int rowsEnd, List<Measure> measures) {
        if (heading != null) {
            section(heading[0], heading[1], heading[2]);
            heading = null;
        }
        problems.add(TableRows.problem(helper, row, problems.size() + 1, sections.size() - 1, measures));
        end = rowsEnd;
    }

    private void section(int start, int headingStart, int headingEnd) {
        String n = helper.normalized();
        Marker marker = sectionMarker(n, headingStart, headingEnd);
        int titleStart = marker == null ? headingStart : marker.contentStart();
        if (!sections.isEmpty()) {
            Section last = sections.remove(sections.size() - 1);
            sections.add(new Section(last.label(), last.title(), last.start(), start));
        }
        sections.add(new Section(
                helper.original().substring(headingStart, titleStart),
                helper.titles().title(titleStart, headingEnd),
                start,
                headingEnd));
    }

    /** The {@code 一、} or {@code （一）} a heading starts with, or null. */
    static Marker sectionMarker(String n, int start, int end) {
        List<Marker> markers = MarkerScanner.scan(n, start, Math.min(end, start + 6));
        if (markers.isEmpty() || markers.get(0).start() != start) {
            return null;
        }
        Marker first = markers.get(0);
        boolean section = first.style() == Marker.Style.SECTION_COMMA || first.style() == Marker.Style.SECTION_PAREN;
        return section ? first : null;
    }

    Structure structure() {
        if (problems.isEmpty()) {
            return null;
        }
        List<Section> closed = new ArrayList<>(sections);
        if (!closed.isEmpty()) {
            Section last = closed.remove(closed.size() - 1);
            closed.add(new Section(last.label(), last.title(), last.start(), Math.max(last.end(), end)));
        }
        return new Structure(closed, problems, Layout.TABLE, cells);
    }
}
