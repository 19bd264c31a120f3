package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads reports whose levels are numbered headings on their own lines, whatever the marker of
 * each level: {@code 一、} aspects → {@code （一）} problems → {@code 1.} measures, or any two or
 * three such levels, measures run into their problem ({@code 整改措施：1.……2.……}) or written
 * as paragraphs after it. Which level holds the measures is read from the tree: the deepest level
 * that most items of its parent level have. A problem without numbered measures takes its
 * labelled blocks ({@code 整改情况：…}) or else its paragraphs as measures.
 */
final class LevelParser {

    /** A level holds the measures when at least this share of its parent level's items have some. */
    private static final double MEASURE_COVERAGE = 0.5;

    private final String original;
    private final String normalized;
    private final Titles titles;
    private final Levels levels;
    private final List<Levels.Node> nodes;

    private LevelParser(String original, String normalized, Titles titles, Levels levels) {
        this.original = original;
        this.normalized = normalized;
        this.titles = titles;
        this.levels = levels;
        this.nodes = levels.nodes();
    }

    static Structure parse(String original, String normalized, List<Marker> markers, Titles titles) {
        LevelParser parser = new LevelParser(original, normalized, titles, Levels.build(normalized, markers));
        Structure listed = ListedThenMeasures.parse(parser);
        return listed != null ? listed : parser.byRoles().as(Layout.LEVELS);
    }

    /** A parser with no numbered levels, for the readers of unnumbered layouts to cut titles and measures with. */
    static LevelParser helper(String original, String normalized, Titles titles) {
        return new LevelParser(original, normalized, titles, Levels.build(normalized, List.of()));
    }

    String original() {
        return original;
    }

    List<Levels.Node> nodes() {
        return nodes;
    }

    Levels levels() {
        return levels;
    }

    String normalized() {
        return normalized;
    }

    private Structure byRoles() {
        Map<Marker.Style, Integer> counts = new EnumMap<>(Marker.Style.class);
        for (Levels.Node node : nodes) {
            if (node.style() != Marker.Style.LABEL) {
                counts.merge(node.style(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return Structure.empty();
        }
        Marker.Style measureStyle = measureStyle(counts);
        Marker.Style problemStyle;
        if (measureStyle != null && mostTitlesNameAProblem(measureStyle)) {
            problemStyle = measureStyle;
            measureStyle = null;
        } else if (measureStyle != null) {
            problemStyle = parentStyle(measureStyle);
        } else {
            problemStyle = mostFrequent(counts);
        }
        if (measureStyle == null && isInline(problemStyle) && parentStyle(problemStyle) == null) {
            return IsParagraphs.parse(this, problemStyle);
        }
        Marker.Style sectionStyle = parentStyle(problemStyle);
        return build(sectionStyle, problemStyle, measureStyle);
    }

    private static boolean isInline(Marker.Style style) {
        return style == Marker.Style.MEASURE_IS || style == Marker.Style.MEASURE_ORDINAL;
    }

    /** The deepest style with items under most items of its parent style. */
    private Marker.Style measureStyle(Map<Marker.Style, Integer> counts) {
        List<Marker.Style> deepestFirst = new ArrayList<>(counts.keySet());
        deepestFirst.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        for (Marker.Style style : deepestFirst) {
            Marker.Style parent = parentStyle(style);
            if (parent == null) {
                continue;
            }
            long parents = 0;
            long withChild = 0;
            boolean[] has = childOfStyle(style);
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).style() == parent) {
                    parents++;
                    withChild += has[i] ? 1 : 0;
                }
            }
            if (withChild >= MEASURE_COVERAGE * parents) {
                return style;
            }
        }
        return null;
    }

    /** For each node, whether it has a child (through labels) of {@code style}. */
    private boolean[] childOfStyle(Marker.Style style) {
        boolean[] has = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            int parent = levels.headParent(i);
            if (nodes.get(i).style() == style && parent >= 0) {
                has[parent] = true;
            }
        }
        return has;
    }

    /** The style most items of {@code style} hang under, null when most stand at the top. */
    private Marker.Style parentStyle(Marker.Style style) {
        Map<Marker.Style, Integer> parents = new HashMap<>();
        int top = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).style() != style) {
                continue;
            }
            int parent = levels.headParent(i);
            if (parent < 0) {
                top++;
            } else {
                parents.merge(nodes.get(parent).style(), 1, Integer::sum);
            }
        }
        Marker.Style best = null;
        int most = top;
        for (var e : parents.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static Marker.Style mostFrequent(Map<Marker.Style, Integer> counts) {
        Marker.Style best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** {@code （一）关于…的问题} under {@code 一、…方面}: a level whose titles name problems holds problems. */
    private boolean mostTitlesNameAProblem(Marker.Style style) {
        int total = 0;
        int naming = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).style() == style) {
                total++;
                int from = nodes.get(i).marker().contentStart();
                int to = titleEnd(from, levels.end(i, normalized.length()));
                naming += normalized.substring(from, to).contains("问题") ? 1 : 0;
            }
        }
        return naming * 2 > total;
    }

    private Structure build(Marker.Style sectionStyle, Marker.Style problemStyle, Marker.Style measureStyle) {
        List<Section> sections = new ArrayList<>();
        Map<Integer, Integer> sectionIndex = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Levels.Node node = nodes.get(i);
            if (sectionStyle != null && node.style() == sectionStyle) {
                int end = titles.trimEnd(node.start(), levels.end(i, original.length()));
                int firstChild = node.lastDescendant() > i ? nodes.get(i + 1).start() : end;
                sectionIndex.put(i, sections.size());
                sections.add(new Section(
                        original.substring(node.start(), node.marker().contentStart()),
                        titles.title(node.marker().contentStart(), firstChild),
                        node.start(),
                        end));
            } else if (node.style() == problemStyle) {
                problems.add(problem(i, measureStyle, sectionOf(i, sectionIndex)));
            }
        }
        return withoutEmptySections(sections, problems);
    }

    /** Parts with no problem ({@code 三、下一步工作打算}) are no sections of the ledger. */
    private static Structure withoutEmptySections(List<Section> sections, List<Problem> problems) {
        int[] newIndex = new int[sections.size()];
        java.util.Arrays.fill(newIndex, -1);
        List<Section> kept = new ArrayList<>();
        for (Problem p : problems) {
            if (p.section() >= 0 && newIndex[p.section()] < 0) {
                newIndex[p.section()] = kept.size();
                kept.add(sections.get(p.section()));
            }
        }
        List<Problem> renumbered = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            renumbered.add(new Problem(
                    p.number(),
                    p.title(),
                    p.start(),
                    p.end(),
                    p.section() < 0 ? -1 : newIndex[p.section()],
                    p.text(),
                    p.measures()));
        }
        return new Structure(kept, renumbered);
    }

    private int sectionOf(int i, Map<Integer, Integer> sectionIndex) {
        for (int p = nodes.get(i).parent(); p >= 0; p = nodes.get(p).parent()) {
            Integer s = sectionIndex.get(p);
            if (s != null) {
                return s;
            }
        }
        return -1;
    }

    Problem problem(int i, Marker.Style measureStyle, int section) {
        Levels.Node node = nodes.get(i);
        int end = titles.trimEnd(node.start(), levels.end(i, original.length()));
        List<Integer> measureNodes = new ArrayList<>();
        for (int d = i + 1; d <= node.lastDescendant(); d++) {
            if (nodes.get(d).style() == measureStyle) {
                measureNodes.add(d);
            }
        }
        int titleFrom = Labels.skip(normalized, node.marker().contentStart());
        int titleLimit =
                measureNodes.isEmpty() ? end : nodes.get(measureNodes.get(0)).start();
        int titleEnd = titleEnd(titleFrom, titleLimit);
        List<Measure> measures = new ArrayList<>();
        for (int k = 0; k < measureNodes.size(); k++) {
            Levels.Node m = nodes.get(measureNodes.get(k));
            int limit = k + 1 < measureNodes.size()
                    ? nodes.get(measureNodes.get(k + 1)).start()
                    : end;
            measures.add(measure(k + 1, m.start(), m.marker().contentStart(), limit));
        }
        if (measures.isEmpty()) {
            measures = BodyMeasures.of(this, titleEnd, end);
        }
        return new Problem(
                node.marker().number(),
                titles.title(titleFrom, fieldsStart(titleFrom, titleLimit)),
                node.start(),
                end,
                section,
                original.substring(node.start(), end),
                measures);
    }

    Measure measure(int ordinal, int start, int contentStart, int limit) {
        int end = titles.trimEnd(start, limit);
        return new Measure(
                ordinal, titles.title(Labels.skip(normalized, contentStart), end), start, end, titles.text(start, end));
    }

    /** {@code 关于…的问题（牵头单位：…；完成时限：…）}: the fields after a title are not part of it. */
    private int fieldsStart(int from, int limit) {
        for (int i = from; i < limit - 1; i++) {
            if (normalized.charAt(i) == '(') {
                Labels.Label label = Labels.at(normalized, i + 1);
                if (label != null && label.kind() == Labels.Kind.FIELD) {
                    return i;
                }
            }
        }
        return limit;
    }

    /** Where a heading's title ends: its first full stop or, unless lines are hard-wrapped, its line end. */
    int titleEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = normalized.charAt(i);
            if (c == '。' || c == '\n' && !titles.hardWraps()) {
                return i + 1;
            }
        }
        return limit;
    }

    Titles titles() {
        return titles;
    }
}
