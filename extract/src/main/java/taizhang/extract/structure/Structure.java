package taizhang.extract.structure;

import java.util.List;

/**
 * The outline of a report: optional sections (（一）), numbered problems (1.) and the measures
 * taken for each (一是…). Problems are listed flat, in text order, each knowing its section.
 *
 * @param layout how the report laid them out
 */
public record Structure(List<Section> sections, List<Problem> problems, Layout layout) {

    public Structure {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
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
        return new Structure(sections, problems, newLayout);
    }

    /** The share of problems with at least one measure; 0 without problems. */
    double measuredShare() {
        if (problems.isEmpty()) {
            return 0;
        }
        return problems.stream().filter(p -> !p.measures().isEmpty()).count() / (double) problems.size();
    }
}
