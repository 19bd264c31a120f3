package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Picks, among all markers, those that form the report's numbered outline. */
final class Outline {

    /** A heading glued to its section title by a lost line break is still found this far in. */
    private static final int MAX_SECTION_TITLE = 200;

    private final String normalized;
    private final Map<Marker.Style, List<Marker>> byStyle = new EnumMap<>(Marker.Style.class);

    Outline(String original, String normalized, List<Marker> markers) {
        this.normalized = normalized;
        for (Marker.Style style : Marker.Style.values()) {
            byStyle.put(style, new ArrayList<>());
        }
        for (Marker m : markers) {
            byStyle.get(m.style()).add(m);
        }
    }

    /** {@code (一)} sections when the report has them, else {@code 一、} sections. */
    List<Marker> sections() {
        List<Marker> paren = sequence(byStyle.get(Marker.Style.SECTION_PAREN), Boundary.SENTENCE);
        return paren.isEmpty() ? sequence(byStyle.get(Marker.Style.SECTION_COMMA), Boundary.SENTENCE) : paren;
    }

    /**
     * Problems numbered {@code 1.} or {@code (1)}, whichever gives the longer outline. Markers at
     * line starts are preferred; sentence starts count when they give more (lost line breaks).
     */
    List<Marker> problems(List<Marker> sections) {
        List<Marker> best = List.of();
        for (Marker.Style style : List.of(Marker.Style.PROBLEM_DOT, Marker.Style.PROBLEM_PAREN)) {
            List<Marker> candidates = byStyle.get(style);
            List<Marker> atLines = problemSequence(candidates, sections, Boundary.LINE);
            List<Marker> atSentences = problemSequence(candidates, sections, Boundary.SENTENCE);
            List<Marker> chosen = atLines.size() >= atSentences.size() ? atLines : atSentences;
            if (chosen.size() > best.size()) {
                best = chosen;
            }
        }
        return best;
    }

    /** The measures of one problem's text: {@code 一是…} or {@code 第一，…}, numbered from one. */
    List<Marker> measures(int from, int to) {
        List<Marker> best = List.of();
        for (Marker.Style style : List.of(Marker.Style.MEASURE_IS, Marker.Style.MEASURE_ORDINAL)) {
            List<Marker> inside = between(byStyle.get(style), from, to);
            List<Marker> chosen = sequence(inside, Boundary.SENTENCE);
            if (chosen.isEmpty()) {
                chosen = sequence(inside, Boundary.CLAUSE);
            }
            if (chosen.size() > best.size()) {
                best = chosen;
            }
        }
        return best;
    }

    private static List<Marker> sequence(List<Marker> candidates, Boundary least) {
        List<Marker> accepted = new ArrayList<>();
        int last = 0;
        for (Marker m : candidates) {
            if (m.boundary().atLeast(least) && m.number() == last + 1) {
                accepted.add(m);
                last = m.number();
            }
        }
        return accepted;
    }

    private List<Marker> problemSequence(List<Marker> candidates, List<Marker> sections, Boundary least) {
        List<Marker> accepted = new ArrayList<>();
        int last = 0;
        int lastStart = -1;
        for (Marker m : candidates) {
            Marker section = latestSection(sections, m.start());
            boolean eligible = m.boundary().atLeast(least) || closesHeading(section, m);
            boolean restart = m.number() == 1 && last > 0 && section != null && section.start() > lastStart;
            if (eligible && (m.number() == last + 1 || restart)) {
                accepted.add(m);
                last = m.number();
                lastStart = m.start();
            }
        }
        return accepted;
    }

    /** {@code (一)坚持…部署1.全面…}: the section title runs into the problem when line breaks are lost. */
    private boolean closesHeading(Marker section, Marker m) {
        if (section == null || m.start() - section.contentStart() > MAX_SECTION_TITLE) {
            return false;
        }
        int stop = normalized.indexOf('。', section.contentStart());
        return stop < 0 || stop > m.start();
    }

    private static Marker latestSection(List<Marker> sections, int before) {
        Marker latest = null;
        for (Marker s : sections) {
            if (s.start() >= before) {
                break;
            }
            latest = s;
        }
        return latest;
    }

    private static List<Marker> between(List<Marker> sorted, int from, int to) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < sorted.size() && sorted.get(end).start() < to) {
            end++;
        }
        return sorted.subList(lo, end);
    }
}
