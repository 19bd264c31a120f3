package taizhang.extract.structure;

import java.util.List;

/**
 * The outline of a report: optional sections (（一）), numbered problems (1.) and the measures
 * taken for each (一是…). Problems are listed flat, in text order, each knowing its section.
 *
 * @param layout how the report laid them out
 * @param cells for tables, the cells of each measure's row beside its text (units, deadline…)
 */
public record Structure(List<Section> sections, List<Problem> problems, Layout layout, List<FieldCell> cells) {

    public Structure {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        cells = List.copyOf(cells);
    }

    public Structure(List<Section> sections, List<Problem> problems, Layout layout) {
        this(sections, problems, layout, List.of());
    }

    public Structure(List<Section> sections, List<Problem> problems) {
        this(sections, problems, problems.isEmpty() ? Layout.NONE : Layout.NUMBERED);
    }

    public static Structure empty() {
        return new Structure(List.of(), List.of(), Layout.NONE);
    }

    public int measureCount() {
        return problems.stream().mapToInt(p -> p.measures().size()).sum();
    }

    Structure as(Layout newLayout) {
        return new Structure(sections, problems, newLayout, cells);
    }

    /** The share of problems with at least one measure; 0 without problems. */
    double measuredShare() {
        if (problems.isEmpty()) {
            return 0;
        }
        return problems.stream().filter(p -> !p.measures().isEmpty()).count() / (double) problems.size();
    }
}
