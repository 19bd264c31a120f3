package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the outline of a report: sections, numbered problems, measures.
 *
 * <p>Markers are accepted by their numbering, not by their look alone: a problem must carry the
 * next number (or 1 again after a new section), a measure the next ordinal within its problem.
 * That keeps figures ({@code 2.57萬}) and inline lists from posing as headings, and lets the
 * parser work whether line breaks are kept, lost or inserted everywhere.
 */
public final class StructureParser {

    /** The seed's reading is kept when most of its problems have measures. */
    private static final double MOSTLY = 0.5;

    private StructureParser() {}

    /**
     * @param original the report body, whose chars the titles are copied from
     * @param normalized its normalised view, same length
     */
    public static Structure parse(String original, String normalized) {
        List<Marker> markers = MarkerScanner.scan(normalized);
        Titles titles = new Titles(original, normalized, LineBreaks.areHardWraps(normalized));
        Structure table = TableParser.parse(original, normalized, titles);
        if (table != null) {
            return table;
        }
        Structure numbered = numbered(original, normalized, markers, titles);
        if (numbered.measuredShare() >= MOSTLY) {
            return numbered;
        }
        Structure levels = LevelParser.parse(original, normalized, markers, titles);
        Structure best = levels.measureCount() > numbered.measureCount()
                        || levels.problems().size() > numbered.problems().size()
                ? levels
                : numbered;
        if (!best.problems().isEmpty()) {
            return best;
        }
        Structure labelled = LabelledBlocks.parse(LevelParser.helper(original, normalized, titles));
        if (!labelled.problems().isEmpty()) {
            return labelled;
        }
        return Paragraphs.parse(LevelParser.helper(original, normalized, titles));
    }

    /** The seed's layout: {@code 1.} problems (in optional sections) with {@code 一是} measures in their text. */
    private static Structure numbered(String original, String normalized, List<Marker> markers, Titles titles) {
        Outline outline = new Outline(original, normalized, markers);
        List<Marker> sectionMarkers = outline.sections();
        List<Marker> problemMarkers = outline.problems(sectionMarkers);

        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < sectionMarkers.size(); s++) {
            Marker m = sectionMarkers.get(s);
            int end = s + 1 < sectionMarkers.size() ? sectionMarkers.get(s + 1).start() : original.length();
            int titleLimit = firstStartAfter(problemMarkers, m.start(), end);
            sections.add(new Section(
                    original.substring(m.start(), m.contentStart()),
                    titles.title(m.contentStart(), titleLimit),
                    m.start(),
                    titles.trimEnd(m.start(), end)));
        }
        List<Problem> problems = new ArrayList<>();
        for (int p = 0; p < problemMarkers.size(); p++) {
            Marker m = problemMarkers.get(p);
            int limit =
                    p + 1 < problemMarkers.size() ? problemMarkers.get(p + 1).start() : original.length();
            int section = sectionOf(sectionMarkers, m.start());
            if (section + 1 < sectionMarkers.size()) {
                limit = Math.min(limit, sectionMarkers.get(section + 1).start());
            }
            int end = titles.trimEnd(m.start(), limit);
            List<Measure> measures = measures(outline.measures(m.contentStart(), end), end, titles);
            int titleLimit = measures.isEmpty() ? end : measures.get(0).start();
            problems.add(new Problem(
                    m.number(),
                    titles.title(m.contentStart(), titleLimit),
                    m.start(),
                    end,
                    section,
                    original.substring(m.start(), end),
                    measures));
        }
        return new Structure(sections, problems);
    }

    private static List<Measure> measures(List<Marker> markers, int problemEnd, Titles titles) {
        List<Measure> measures = new ArrayList<>(markers.size());
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            int limit = i + 1 < markers.size() ? markers.get(i + 1).start() : problemEnd;
            int end = titles.trimEnd(m.start(), limit);
            measures.add(new Measure(
                    m.number(), titles.title(m.contentStart(), end), m.start(), end, titles.text(m.start(), end)));
        }
        return measures;
    }

    private static int sectionOf(List<Marker> sections, int at) {
        int index = -1;
        for (int s = 0; s < sections.size() && sections.get(s).start() < at; s++) {
            index = s;
        }
        return index;
    }

    private static int firstStartAfter(List<Marker> markers, int after, int otherwise) {
        for (Marker m : markers) {
            if (m.start() > after) {
                return Math.min(m.start(), otherwise);
            }
        }
        return otherwise;
    }
}
