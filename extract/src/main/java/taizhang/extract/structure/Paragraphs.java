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
    /** A phrase that leads a paragraph is short: 传导压力抓整改, “面对面”反馈问题. */
    private static final int MAX_LEAD = 12;

    private Paragraphs() {}

    static Structure parse(LevelParser parser) {
        String n = parser.normalized();
        List<int[]> lines = parser.titles().hardWraps() ? paragraphs(n, lines(n)) : lines(n);
        List<Problem> problems = new ArrayList<>();
        boolean anyHeading = lines.stream().anyMatch(l -> isHeading(n, l));
        if (!anyHeading && lines.stream().filter(l -> leadEnd(n, l) > 0).count() >= 2) {
            return led(parser, lines);
        }
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

    /** Paragraphs led by a short phrase ({@code 传导压力抓整改。…}) are the measures of the paragraph before them. */
    private static Structure led(LevelParser parser, List<int[]> lines) {
        String n = parser.normalized();
        List<Problem> problems = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            int[] head = lines.get(k);
            boolean headIsLead = leadEnd(n, head) > 0;
            int next = headIsLead ? k : k + 1;
            List<Measure> measures = new ArrayList<>();
            while (next < lines.size() && leadEnd(n, lines.get(next)) > 0 && (next == k || !headIsLead)) {
                int[] p = lines.get(next);
                measures.add(parser.measure(measures.size() + 1, p[0], p[0], p[1]));
                next++;
            }
            if (measures.isEmpty()) {
                measures.add(parser.measure(1, head[0], head[0], head[1]));
                next = k + 1;
            }
            int end = lines.get(next - 1)[1];
            problems.add(new Problem(
                    problems.size() + 1,
                    parser.titles().title(head[0], head[1]),
                    head[0],
                    end,
                    -1,
                    parser.original().substring(head[0], end),
                    measures));
            k = next;
        }
        return new Structure(List.of(), problems, Layout.PARAGRAPHS);
    }

    /**
     * Where a paragraph's short leading phrase ends, or -1 when it has none. Only its Chinese
     * characters count, as copies gloss or garble some ({@code 實打?qū)?rdquo;}); a figure makes it a
     * statement, not a lead.
     */
    private static int leadEnd(String n, int[] line) {
        int stop = n.indexOf('。', line[0]);
        if (stop <= line[0] || stop >= line[1] || stop - line[0] > 3 * MAX_LEAD) {
            return -1;
        }
        int chinese = 0;
        for (int i = line[0]; i < stop; i++) {
            char c = n.charAt(i);
            if (Character.isDigit(c)) {
                return -1;
            }
            chinese += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
        }
        return chinese <= MAX_LEAD ? stop : -1;
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
