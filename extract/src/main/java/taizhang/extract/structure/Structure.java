package taizhang.extract.structure;

import java.util.List;

/**
 * The outline of a report: optional sections (（一）), numbered problems (1.) and the measures
 * taken for each (一是…). Problems are listed flat, in text order, each knowing its section.
 */
public record Structure(List<Section> sections, List<Problem> problems) {

    public Structure {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    public static Structure empty() {
        return new Structure(List.of(), List.of());
    }

    public int measureCount() {
        return problems.stream().mapToInt(p -> p.measures().size()).sum();
    }
}
