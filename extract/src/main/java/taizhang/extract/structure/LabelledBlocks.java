package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports of unnumbered labelled blocks: {@code 存在问题：…} opens a problem, and the
 * {@code 整改措施：…}, {@code 整改情况：…} blocks after it are its measures.
 */
final class LabelledBlocks {

    private LabelledBlocks() {}

    static Structure parse(LevelParser parser) {
        String n = parser.normalized();
        List<Labels.Label> opens = new ArrayList<>();
        for (int line = 0; line < n.length(); ) {
            Labels.Label label = Labels.at(n, line);
            if (label != null && label.kind() == Labels.Kind.PROBLEM) {
                opens.add(label);
            }
            int next = n.indexOf('\n', line);
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < opens.size(); k++) {
            Labels.Label label = opens.get(k);
            int limit = k + 1 < opens.size() ? opens.get(k + 1).start() : n.length();
            int end = parser.titles().trimEnd(label.start(), limit);
            int titleEnd = parser.titleEnd(label.contentStart(), end);
            List<Measure> measures = BodyMeasures.of(parser, titleEnd, end);
            problems.add(new Problem(
                    k + 1,
                    parser.titles().title(label.contentStart(), end),
                    label.start(),
                    end,
                    -1,
                    parser.original().substring(label.start(), end),
                    measures));
        }
        boolean anyMeasure = problems.stream().anyMatch(p -> !p.measures().isEmpty());
        return anyMeasure ? new Structure(List.of(), problems, Layout.LABELLED) : Structure.empty();
    }
}
