package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A report with no numbered headings, whose paragraphs list {@code 一是…二是…}: each such
 * paragraph is a problem, headed by its first sentence, and its items are the measures.
 */
final class IsParagraphs {

    private IsParagraphs() {}

    static Structure parse(LevelParser parser, Marker.Style style) {
        String n = parser.normalized();
        List<Levels.Node> nodes = parser.nodes();
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        while (i < nodes.size()) {
            if (nodes.get(i).style() != style || nodes.get(i).marker().number() != 1) {
                i++;
                continue;
            }
            int first = nodes.get(i).start();
            int paragraph = n.lastIndexOf('\n', first - 1) + 1;
            int paragraphEnd = n.indexOf('\n', first);
            paragraphEnd = paragraphEnd < 0 ? n.length() : paragraphEnd;
            List<Integer> items = new ArrayList<>();
            for (int k = i;
                    k < nodes.size()
                            && nodes.get(k).style() == style
                            && nodes.get(k).start() < paragraphEnd;
                    k++) {
                if (nodes.get(k).marker().number() != items.size() + 1) {
                    break;
                }
                items.add(k);
            }
            int start = skipSpace(n, paragraph, first);
            List<Measure> measures = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                Levels.Node item = nodes.get(items.get(k));
                int limit = k + 1 < items.size() ? nodes.get(items.get(k + 1)).start() : paragraphEnd;
                measures.add(parser.measure(k + 1, item.start(), item.marker().contentStart(), limit));
            }
            int end = parser.titles().trimEnd(start, paragraphEnd);
            problems.add(new Problem(
                    problems.size() + 1,
                    parser.titles().title(start, first),
                    start,
                    end,
                    -1,
                    parser.original().substring(start, end),
                    measures));
            i += items.size();
        }
        return new Structure(List.of(), problems, Layout.LEVELS);
    }

    private static int skipSpace(String n, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(n.charAt(i))) {
            i++;
        }
        return i;
    }
}
