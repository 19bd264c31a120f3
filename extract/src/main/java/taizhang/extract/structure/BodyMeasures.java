package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures of a problem that numbers none: its labelled blocks ({@code 整改措施：…},
 * {@code 整改情况：…}; a 整改情况 right after a 整改措施 belongs to it), or else each paragraph
 * after the problem's heading, as reports that lead each paragraph with a phrase write them
 * ({@code 传导压力抓整改。…}).
 */
final class BodyMeasures {

    private BodyMeasures() {}

    static List<Measure> of(LevelParser parser, int from, int to) {
        String n = parser.normalized();
        int start = skipSpace(n, from, to);
        if (start >= to) {
            return List.of();
        }
        List<Measure> labelled = labelled(parser, start, to);
        return labelled.isEmpty() ? paragraphs(parser, start, to) : labelled;
    }

    private static List<Measure> labelled(LevelParser parser, int from, int to) {
        String n = parser.normalized();
        List<int[]> blocks = new ArrayList<>();
        Labels.Kind previous = null;
        for (int i = from; i < to; i++) {
            if (i > from && !opensSentence(n.charAt(i - 1))) {
                continue;
            }
            Labels.Label label = Labels.at(n, i);
            if (label == null || label.kind() == Labels.Kind.FIELD || label.kind() == Labels.Kind.PROBLEM) {
                continue;
            }
            boolean continues = label.kind() == Labels.Kind.PROGRESS && previous == Labels.Kind.MEASURE;
            if (!continues) {
                blocks.add(new int[] {label.start(), label.contentStart()});
            }
            previous = label.kind();
            i = label.contentStart() - 1;
        }
        List<Measure> measures = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int limit = b + 1 < blocks.size() ? blocks.get(b + 1)[0] : to;
            measures.add(parser.measure(b + 1, blocks.get(b)[0], blocks.get(b)[1], limit));
        }
        return measures;
    }

    private static List<Measure> paragraphs(LevelParser parser, int from, int to) {
        String n = parser.normalized();
        if (parser.titles().hardWraps()) {
            return List.of(parser.measure(1, from, from, to));
        }
        List<Measure> measures = new ArrayList<>();
        int i = from;
        while (i < to) {
            int lineEnd = n.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            int start = skipSpace(n, i, lineEnd);
            if (start < lineEnd) {
                measures.add(parser.measure(measures.size() + 1, start, start, lineEnd));
            }
            i = lineEnd + 1;
        }
        return measures;
    }

    private static boolean opensSentence(char before) {
        return before == '\n' || before == '。' || before == ';' || before == ' ' || before == '\t';
    }

    private static int skipSpace(String n, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(n.charAt(i))) {
            i++;
        }
        return i;
    }
}
