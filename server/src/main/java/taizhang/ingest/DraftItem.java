package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of a draft as stored and paged: a problem without its measures, a measure without its
 * readings, or a reading, each naming the items it belongs to. In draft order a problem comes
 * first, then each of its measures followed by the measure's readings; a page is a window of
 * that order.
 */
sealed interface DraftItem {

    String key();

    String problemKey();

    /** The measure the item is or belongs to; null for a problem. */
    String measureKey();

    /** {@code P}, {@code M} or {@code R}, as stored. */
    char kind();

    /** The problem, measure or reading itself, without children. */
    Object value();

    record ProblemItem(DraftProblem problem) implements DraftItem {

        @Override
        public String measureKey() {
            return null;
        }

        @Override
        public char kind() {
            return 'P';
        }

        @Override
        public Object value() {
            return problem;
        }

        @Override
        public String key() {
            return problem.key();
        }

        @Override
        public String problemKey() {
            return problem.key();
        }
    }

    record MeasureItem(String problemKey, DraftMeasure measure) implements DraftItem {

        @Override
        public String measureKey() {
            return measure.key();
        }

        @Override
        public char kind() {
            return 'M';
        }

        @Override
        public Object value() {
            return measure;
        }

        @Override
        public String key() {
            return measure.key();
        }
    }

    record ReadingItem(String problemKey, String measureKey, DraftReading reading) implements DraftItem {

        @Override
        public char kind() {
            return 'R';
        }

        @Override
        public Object value() {
            return reading;
        }

        @Override
        public String key() {
            return reading.key();
        }
    }

    /** The problems' items in draft order. */
    static List<DraftItem> of(List<DraftProblem> problems) {
        List<DraftItem> items = new ArrayList<>();
        for (DraftProblem p : problems) {
            items.add(new ProblemItem(p.withMeasures(List.of())));
            for (DraftMeasure m : p.measures()) {
                items.add(new MeasureItem(
                        p.key(), m.with(m.title(), m.text(), m.ordinal(), m.start(), m.end(), List.of())));
                for (DraftReading r : m.readings()) {
                    items.add(new ReadingItem(p.key(), m.key(), r));
                }
            }
        }
        return items;
    }

    /**
     * The problems these items make up, in order. A window of items may begin inside a problem or
     * a measure: its parents then come first ({@link ProblemItem}, {@link MeasureItem}), so that a
     * reading is never without its measure.
     */
    static List<DraftProblem> problems(List<DraftItem> items) {
        List<DraftProblem> problems = new ArrayList<>();
        DraftProblem problem = null;
        List<DraftMeasure> measures = new ArrayList<>();
        DraftMeasure measure = null;
        List<DraftReading> readings = new ArrayList<>();
        for (DraftItem item : items) {
            if (item instanceof ReadingItem r) {
                readings.add(r.reading());
                continue;
            }
            if (measure != null) {
                measures.add(withReadings(measure, readings));
                measure = null;
                readings = new ArrayList<>();
            }
            if (item instanceof MeasureItem m) {
                measure = m.measure();
            } else if (item instanceof ProblemItem p) {
                if (problem != null) {
                    problems.add(problem.withMeasures(measures));
                }
                problem = p.problem();
                measures = new ArrayList<>();
            }
        }
        if (measure != null) {
            measures.add(withReadings(measure, readings));
        }
        if (problem != null) {
            problems.add(problem.withMeasures(measures));
        }
        return problems;
    }

    private static DraftMeasure withReadings(DraftMeasure m, List<DraftReading> readings) {
        return m.with(m.title(), m.text(), m.ordinal(), m.start(), m.end(), readings);
    }
}
