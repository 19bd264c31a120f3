package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The list markers of a report nested into a tree, as official documents nest them:
 * {@code 一、} → {@code （一）} → {@code 1.} → {@code （1）} → {@code ①} → {@code 一是}. A marker is
 * kept only when its number follows its previous sibling's or, opening a new level, is 1; so figures
 * and inline lists stay text. Lines that are only a label ({@code 整改措施：}) head a block too.
 */
final class Levels {

    /** One accepted marker; {@code parent} indexes {@link #nodes}, -1 at the top. */
    record Node(Marker marker, int parent, int rank, int lastDescendant) {

        Marker.Style style() {
            return marker.style();
        }

        int start() {
            return marker.start();
        }
    }

    private final List<Node> nodes = new ArrayList<>();

    private Levels() {}

    List<Node> nodes() {
        return nodes;
    }

    static Levels build(String n, List<Marker> markers) {
        Levels levels = new Levels();
        List<Integer> stack = new ArrayList<>();
        List<Marker> candidates = withLabelLines(n, markers);
        List<Node> open = levels.nodes;
        for (Marker m : candidates) {
            if (!eligible(m)) {
                continue;
            }
            List<Integer> tried = new ArrayList<>(stack);
            if (m.boundary() == Boundary.LINE) {
                // Items run into a paragraph end with it, once a heading opens the next line.
                while (!tried.isEmpty() && open.get(top(tried)).marker().boundary() != Boundary.LINE) {
                    tried.remove(tried.size() - 1);
                }
            }
            int keep = m.style() == Marker.Style.LABEL ? labelPlace(open, tried) : numberedPlace(open, tried, m);
            if (keep < 0) {
                continue;
            }
            stack = tried;
            while (stack.size() > keep) {
                stack.remove(stack.size() - 1);
            }
            int parent = stack.isEmpty() ? -1 : top(stack);
            int rank = m.style() == Marker.Style.LABEL
                    ? (parent < 0 ? 0 : open.get(parent).rank() + 1)
                    : 2 * m.style().rank();
            open.add(new Node(m, parent, rank, -1));
            stack.add(open.size() - 1);
        }
        levels.closeDescendants();
        return levels;
    }

    /** Labels replace an open label (and all under it), else open a block under the current item. */
    private static int labelPlace(List<Node> open, List<Integer> stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (open.get(stack.get(i)).style() == Marker.Style.LABEL) {
                return i;
            }
        }
        return stack.size();
    }

    /** How many open items stay below {@code m}, or -1 when its number does not fit. */
    private static int numberedPlace(List<Node> open, List<Integer> stack, Marker m) {
        int rank = 2 * m.style().rank();
        int keep = stack.size();
        while (keep > 0 && open.get(stack.get(keep - 1)).rank() >= rank) {
            Node top = open.get(stack.get(keep - 1));
            if (top.style() == m.style()) {
                return m.number() == top.marker().number() + 1 ? keep - 1 : -1;
            }
            keep--;
        }
        return m.number() == 1 ? keep : -1;
    }

    private static boolean eligible(Marker m) {
        return switch (m.style()) {
            case SECTION_COMMA, LABEL -> m.boundary() == Boundary.LINE;
            case MEASURE_IS, MEASURE_ORDINAL -> m.boundary().atLeast(Boundary.CLAUSE);
            default -> m.boundary().atLeast(Boundary.SENTENCE);
        };
    }

    /** The markers with a LABEL marker added for each line that holds only a label. */
    private static List<Marker> withLabelLines(String n, List<Marker> markers) {
        List<Marker> all = new ArrayList<>(markers.size() + 8);
        int next = 0;
        for (int line = 0; line < n.length(); line = n.indexOf('\n', line) + 1) {
            Labels.Label label = Labels.at(n, line);
            if (label != null && label.aloneOnLine() && label.kind() != Labels.Kind.FIELD) {
                while (next < markers.size() && markers.get(next).start() < label.start()) {
                    all.add(markers.get(next++));
                }
                all.add(new Marker(Marker.Style.LABEL, label.start(), label.contentStart(), 0, Boundary.LINE));
            }
            if (n.indexOf('\n', line) < 0) {
                break;
            }
        }
        while (next < markers.size()) {
            all.add(markers.get(next++));
        }
        return all;
    }

    /** Children follow their parent in text order, so a node's subtree is one run of the list. */
    private void closeDescendants() {
        int[] last = new int[nodes.size()];
        for (int i = nodes.size() - 1; i >= 0; i--) {
            last[i] = Math.max(last[i], i);
            int parent = nodes.get(i).parent();
            if (parent >= 0) {
                last[parent] = Math.max(last[parent], last[i]);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            nodes.set(i, new Node(node.marker(), node.parent(), node.rank(), last[i]));
        }
    }

    /** The nearest ancestor that is a numbered item, not a label; -1 at the top. */
    int headParent(int i) {
        int p = nodes.get(i).parent();
        while (p >= 0 && nodes.get(p).style() == Marker.Style.LABEL) {
            p = nodes.get(p).parent();
        }
        return p;
    }

    /** Where the text of node {@code i} ends: the start of the next node outside its subtree. */
    int end(int i, int textEnd) {
        int after = nodes.get(i).lastDescendant() + 1;
        return after < nodes.size() ? nodes.get(after).start() : textEnd;
    }

    private static int top(List<Integer> stack) {
        return stack.get(stack.size() - 1);
    }
}
