package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a draft for review: a window of at most {@code size} items, where each problem,
 * measure and figure (reading) counts as one, in draft order, so that no page or answer grows
 * with the draft. A problem or measure whose items run over a page break is shown again on the
 * next page with the rest. The page also names the span of source text its items cover, at most
 * {@link #MAX_SOURCE_CHARS} characters, and keeps only the marks inside it.
 *
 * @param draft the draft with only this page's problems, measures and readings, marks and the
 *     first {@link #MAX_NOTES} notes
 * @param page the page shown, from 0 (a page past the end shows the last one)
 * @param pages how many pages the whole draft takes
 * @param sourceFrom where in the source text the page's span begins
 * @param sourceTo where it ends (exclusive)
 * @param sourceCut the items' span was longer and was cut at {@link #MAX_SOURCE_CHARS}
 */
public record DraftPage(Draft draft, int page, int pages, int size, int sourceFrom, int sourceTo, boolean sourceCut) {

    /** The review page's size. */
    public static final int PAGE_ITEMS = 400;

    /** The most an API client may ask for in one answer. */
    public static final int MAX_ITEMS = 2_000;

    public static final int MAX_SOURCE_CHARS = 200_000;
    public static final int MAX_NOTES = 100;

    /** The page {@code page} of the draft, {@code size} items long (clamped to 1…{@link #MAX_ITEMS}). */
    public static DraftPage of(Draft draft, int page, int size) {
        int items = Math.max(1, Math.min(size, MAX_ITEMS));
        long total = items(draft);
        int pages = (int) Math.max(1, (total + items - 1) / items);
        int shown = Math.max(0, Math.min(page, pages - 1));
        return slice(draft, shown, pages, items);
    }

    /** The page (of {@code size} items) that holds the problem, measure or reading with this key; 0 if none does. */
    public static int pageOf(Draft draft, String key, int size) {
        int items = Math.max(1, Math.min(size, MAX_ITEMS));
        long index = 0;
        for (DraftProblem p : draft.problems()) {
            if (p.key().equals(key)) {
                return (int) (index / items);
            }
            index++;
            for (DraftMeasure m : p.measures()) {
                if (m.key().equals(key)) {
                    return (int) (index / items);
                }
                index++;
                for (DraftReading r : m.readings()) {
                    if (r.key().equals(key)) {
                        return (int) (index / items);
                    }
                    index++;
                }
            }
        }
        return 0;
    }

    public boolean first() {
        return page == 0;
    }

    public boolean last() {
        return page == pages - 1;
    }

    private static long items(Draft draft) {
        return (long) draft.problems().size() + draft.measureCount() + draft.readingCount();
    }

    private static DraftPage slice(Draft draft, int page, int pages, int size) {
        long from = (long) page * size;
        long to = from + size;
        long index = 0;
        Span span = new Span();
        List<DraftProblem> problems = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            boolean problemIn = index >= from && index < to;
            index++;
            List<DraftMeasure> measures = new ArrayList<>();
            for (DraftMeasure m : p.measures()) {
                boolean measureIn = index >= from && index < to;
                long firstReading = ++index;
                index += m.readings().size();
                int lo = (int) (Math.max(firstReading, from) - firstReading);
                int hi = (int) (Math.min(index, to) - firstReading);
                if (measureIn || lo < hi) {
                    measures.add(m.with(
                            m.title(),
                            m.text(),
                            m.ordinal(),
                            m.start(),
                            m.end(),
                            lo < hi ? m.readings().subList(lo, hi) : List.of()));
                    span.add(m.start(), m.end());
                }
            }
            if (problemIn && measures.isEmpty()) {
                span.add(p.start(), p.end());
            } else if (problemIn) {
                span.add(p.start(), measures.get(0).start());
            }
            if (problemIn || !measures.isEmpty()) {
                problems.add(p.withMeasures(measures));
            }
            if (index >= to) {
                break;
            }
        }
        int start = span.empty() ? 0 : span.from;
        int stop = span.empty() ? 0 : span.to;
        int end = (int) Math.min(stop, (long) start + MAX_SOURCE_CHARS);
        List<Draft.Mark> marks = draft.marks().stream()
                .filter(k -> k.start() >= start && k.end() <= end)
                .toList();
        Draft shown = new Draft(
                draft.fileName(),
                draft.reportYear(),
                draft.script(),
                draft.campaignId(),
                draft.campaignName(),
                draft.sections(),
                problems,
                marks,
                draft.notes().subList(0, Math.min(MAX_NOTES, draft.notes().size())));
        return new DraftPage(shown, page, pages, size, start, end, end < stop);
    }

    /** The smallest stretch of source text holding every stretch added. */
    private static final class Span {
        private int from = Integer.MAX_VALUE;
        private int to = 0;

        boolean empty() {
            return from == Integer.MAX_VALUE;
        }

        void add(int start, int end) {
            from = Math.min(from, Math.max(0, start));
            to = Math.max(to, end);
        }
    }
}
