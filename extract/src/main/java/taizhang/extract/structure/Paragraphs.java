package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The last resort for a report with no structure it can recognise, so that an office still gets a
 * draft to edit rather than a refusal: each short line without a full stop is a heading that opens
 * a problem, and the paragraphs after it are its measures; with no such heading, each paragraph is a
 * problem with itself as its one measure.
 */
final class Paragraphs {

    /** A heading is a short line; a longer one is running text. */
    private static final int MAX_HEADING = 40;

    private Paragraphs() {}

    static Structure parse(LevelParser parser) {
        String n = parser.normalized();
        List<int[]> lines = parser.titles().hardWraps() ? paragraphs(n, lines(n)) : lines(n);
        List<Problem> problems = new ArrayList<>();
        boolean anyHeading = lines.stream().anyMatch(l -> isHeading(n, l));
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            if (anyHeading && !isHeading(n, line)) {
                continue;
            }
            int end = line[1];
            if (anyHeading) {
                int next = k + 1;
                while (next < lines.size() && !isHeading(n, lines.get(next))) {
                    next++;
                }
                end = lines.get(next - 1)[1];
            }
            List<Measure> measures = anyHeading
                    ? BodyMeasures.of(parser, line[1], end)
                    : List.of(parser.measure(1, line[0], line[0], end));
            problems.add(new Problem(
                    problems.size() + 1,
                    parser.titles().title(line[0], line[1]),
                    line[0],
                    end,
                    -1,
                    parser.original().substring(line[0], end),
                    measures));
        }
        return problems.isEmpty() ? Structure.empty() : new Structure(List.of(), problems, Layout.PARAGRAPHS);
    }

    private static boolean isHeading(String n, int[] line) {
        char last = n.charAt(line[1] - 1);
        return line[1] - line[0] <= MAX_HEADING && "。;,:!?".indexOf(last) < 0;
    }

    /** Hard-wrapped lines joined into paragraphs, each ending at a line that ends a sentence. */
    private static List<int[]> paragraphs(String n, List<int[]> lines) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = -1;
        for (int[] line : lines) {
            start = start < 0 ? line[0] : start;
            if (n.charAt(line[1] - 1) == '。') {
                paragraphs.add(new int[] {start, line[1]});
                start = -1;
            }
        }
        if (start >= 0) {
            paragraphs.add(new int[] {start, lines.get(lines.size() - 1)[1]});
        }
        return paragraphs;
    }

    /** Non-blank lines as [start, end), spaces trimmed. */
    private static List<int[]> lines(String n) {
        List<int[]> lines = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            int end = n.indexOf('\n', i);
            if (end < 0) {
                end = n.length();
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(n.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(n.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new int[] {s, e});
            }
            i = end + 1;
        }
        return lines;
    }
}
