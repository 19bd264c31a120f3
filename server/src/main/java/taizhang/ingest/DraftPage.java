package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One page of a draft for review: a window of at most {@code size} items, where each problem,
 * measure and figure (reading) counts as one, in draft order, so that no page or answer grows
 * with the draft. A problem or measure whose items run over a page break is shown again on the
 * next page with the rest. The page also names the span of source text its items cover, at most
 * {@link #MAX_SOURCE_CHARS} characters, and keeps only the marks inside it.
 *
 * @param draft the draft with only this page's problems, measures and readings, marks and the
 *     first {@link #MAX_NOTES} notes; built from the page's stored items alone
 *     ({@link ImportService#page}), never from the whole draft
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

    /** The page {@code page} of a draft held whole, {@code size} items long (clamped to 1…{@link #MAX_ITEMS}). */
    public static DraftPage of(Draft draft, int page, int size) {
        List<DraftItem> items = DraftItem.of(draft.problems());
        Window window = Window.of(items.size(), page, size);
        List<DraftItem> shown = items.subList((int) window.from(), (int) Math.min(window.to(), items.size()));
        return of(
                DraftHead.of(draft),
                window,
                parents(items, (int) window.from()),
                shown,
                (from, to) -> draft.marks().stream()
                        .filter(k -> k.start() >= from && k.end() <= to)
                        .toList());
    }

    /** The page (of {@code size} items) that holds the problem, measure or reading with this key; 0 if none does. */
    public static int pageOf(Draft draft, String key, int size) {
        List<DraftItem> items = DraftItem.of(draft.problems());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return Window.pageOf(i, size);
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

    /** Which items of the draft, in draft order, a page holds: {@code [from, to)}. */
    record Window(int page, int pages, int size) {

        static Window of(long total, int page, int size) {
            int items = clamp(size);
            int pages = (int) Math.max(1, (total + items - 1) / items);
            return new Window(Math.max(0, Math.min(page, pages - 1)), pages, items);
        }

        static int pageOf(long position, int size) {
            return (int) (position / clamp(size));
        }

        long from() {
            return (long) page * size;
        }

        long to() {
            return from() + size;
        }

        private static int clamp(int size) {
            return Math.max(1, Math.min(size, MAX_ITEMS));
        }
    }

    /** The highlights of the source between two offsets. */
    interface Marks {
        List<Draft.Mark> within(int from, int to);
    }

    /**
     * The page made of the window's items, after the {@code parents} (the problem, and the measure,
     * that the window's first item continues). The source span covers each measure shown and the
     * head of each problem the window holds.
     */
    static DraftPage of(DraftHead head, Window window, List<DraftItem> parents, List<DraftItem> items, Marks marks) {
        List<DraftItem> all = new ArrayList<>(parents);
        all.addAll(items);
        List<DraftProblem> problems = DraftItem.problems(all);
        Set<String> problemsIn = items.stream()
                .filter(i -> i instanceof DraftItem.ProblemItem)
                .map(DraftItem::key)
                .collect(Collectors.toSet());
        Span span = new Span();
        for (DraftProblem p : problems) {
            p.measures().forEach(m -> span.add(m.start(), m.end()));
            if (problemsIn.contains(p.key())) {
                span.add(
                        p.start(),
                        p.measures().isEmpty() ? p.end() : p.measures().get(0).start());
            }
        }
        int start = span.empty() ? 0 : span.from;
        int stop = span.empty() ? 0 : span.to;
        int end = (int) Math.min(stop, (long) start + MAX_SOURCE_CHARS);
        Draft shown = new Draft(
                head.fileName(),
                head.reportYear(),
                head.script(),
                head.campaignId(),
                head.campaignName(),
                head.sections(),
                problems,
                span.empty() ? List.of() : marks.within(start, end),
                head.notes());
        return new DraftPage(shown, window.page(), window.pages(), window.size(), start, end, end < stop);
    }

    /** The problem and measure that the item at {@code from} continues, if it continues one. */
    private static List<DraftItem> parents(List<DraftItem> items, int from) {
        if (from >= items.size() || items.get(from) instanceof DraftItem.ProblemItem) {
            return List.of();
        }
        List<DraftItem> parents = new ArrayList<>();
        String problem = items.get(from).problemKey();
        String measure = items.get(from) instanceof DraftItem.ReadingItem r ? r.measureKey() : null;
        for (int i = from - 1; i >= 0 && parents.size() < (measure == null ? 1 : 2); i--) {
            DraftItem item = items.get(i);
            if (item.key().equals(problem) || item.key().equals(measure)) {
                parents.add(0, item);
            }
        }
        return parents;
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
