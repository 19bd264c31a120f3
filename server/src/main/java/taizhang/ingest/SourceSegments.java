package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts the report text into runs for the review page: each run lies inside at most one
 * highlighted mark and one measure, so the page can colour figures, titles and defects and
 * link every run to the draft measure it belongs to.
 */
public final class SourceSegments {

    /** A run of source text; {@code measureKey} and {@code kind} are null where none applies. */
    public record Segment(String text, String measureKey, String kind, String note) {}

    private SourceSegments() {}

    /** The runs of {@code text}, the stretch of the report's text that begins at {@code offset}. */
    static List<Segment> of(String text, int offset, Draft draft) {
        List<Draft.Mark> marks = outermost(draft.marks());
        List<DraftMeasure> measures =
                draft.problems().stream().flatMap(p -> p.measures().stream()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        marks.forEach(m -> {
            cuts.add(clamp(m.start() - offset, text));
            cuts.add(clamp(m.end() - offset, text));
        });
        measures.forEach(m -> {
            cuts.add(clamp(m.start() - offset, text));
            cuts.add(clamp(m.end() - offset, text));
        });
        List<Segment> segments = new ArrayList<>();
        int markIndex = 0;
        int measureIndex = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int at = previous + offset;
                while (markIndex < marks.size() && marks.get(markIndex).end() <= at) {
                    markIndex++;
                }
                while (measureIndex < measures.size()
                        && measures.get(measureIndex).end() <= at) {
                    measureIndex++;
                }
                Draft.Mark mark =
                        markIndex < marks.size() && marks.get(markIndex).start() <= at ? marks.get(markIndex) : null;
                DraftMeasure measure = measureIndex < measures.size()
                                && measures.get(measureIndex).start() <= at
                        ? measures.get(measureIndex)
                        : null;
                segments.add(new Segment(
                        text.substring(previous, cut),
                        measure == null ? null : measure.key(),
                        mark == null ? null : mark.kind(),
                        mark == null ? null : mark.note()));
            }
            previous = cut;
        }
        return segments;
    }

    /** Marks sorted by start with those nested in (or overlapping) an earlier one left out. */
    private static List<Draft.Mark> outermost(List<Draft.Mark> marks) {
        List<Draft.Mark> kept = new ArrayList<>();
        int reach = -1;
        for (Draft.Mark m : marks) {
            if (m.start() >= reach) {
                kept.add(m);
                reach = m.end();
            }
        }
        return kept;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
