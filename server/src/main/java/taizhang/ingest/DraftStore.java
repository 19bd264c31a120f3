package taizhang.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.InvalidRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft kept as rows ({@link DraftRows}) beside its import: written once from the document,
 * read a page at a time, changed one problem at a time, and read in chunks on acceptance. Nothing
 * here holds more of a draft than one page, one problem or one chunk.
 */
@Component
class DraftStore {

    /** The most highlights a page shows: its span of source text is bounded, and so are they. */
    static final int MAX_MARKS = 20_000;

    private final ImportRepository imports;
    private final DraftRows rows;
    private final JsonMapper json;

    DraftStore(ImportRepository imports, DraftRows rows, JsonMapper json) {
        this.imports = imports;
        this.rows = rows;
        this.json = json;
    }

    /** Writes a new import with its draft; returns its id. */
    long create(Long campaignId, long ownerOrgId, String fileName, String sha256, String text, Draft draft, String by) {
        long id = imports.insert(
                campaignId,
                ownerOrgId,
                fileName,
                sha256,
                text,
                DraftHead.of(draft),
                DraftSize.of(draft.problems()),
                by);
        write(id, draft);
        return id;
    }

    /** One page of the stored draft: the window's rows, the problem and measure it continues, its marks. */
    DraftPage page(ImportRecord record, int page, int size) {
        DraftPage.Window window = DraftPage.Window.of(record.size().items(), page, size);
        List<DraftItem> items = rows.window(record.id(), window.from(), window.to());
        List<DraftItem> parents = items.isEmpty() ? List.of() : rows.parents(record.id(), items.get(0));
        return DraftPage.of(
                record.head(), window, parents, items, (from, to) -> rows.marks(record.id(), from, to, MAX_MARKS));
    }

    /** The page (of {@code size} items) that holds the problem, measure or reading with this key; 0 if none does. */
    int pageOf(long id, String key, int size) {
        return rows.position(id, key)
                .map(at -> DraftPage.Window.pageOf(at, size))
                .orElse(0);
    }

    /** How many measures have a unit still marked 建议（未确认）. */
    int unconfirmedMeasures(long id) {
        return rows.unconfirmedMeasures(id);
    }

    /** The key of the problem that holds the problem or measure {@code key}. */
    Optional<String> problemOf(long id, String key) {
        return rows.problemOf(id, key);
    }

    /**
     * Applies one edit to the problem it concerns, read and written back alone; a duty set or the
     * suggestions accepted for the whole draft ({@code *}) go through the problems one by one.
     * Returns the draft's new size.
     */
    DraftSize apply(ImportRecord record, DraftSize size, DraftEdit edit) {
        if ((edit.op() == DraftEdit.Op.SET_DUTY || edit.op() == DraftEdit.Op.ACCEPT_SUGGESTIONS)
                && "*".equals(edit.key())) {
            for (String problem : rows.problemKeys(record.id())) {
                DraftEdit each = edit.withKey(problem);
                size = change(
                        record,
                        size,
                        problem,
                        p -> DraftEditor.apply(record.head().with(List.of(p)), each)
                                .problems());
            }
            return size;
        }
        if (edit.op() == null || edit.key() == null) {
            throw new InvalidRequestException("op", "每项修改需要 op 和 key");
        }
        String problem = rows.problemOf(record.id(), edit.key())
                .orElseThrow(() -> new InvalidRequestException("key", "草稿中没有 " + edit.key()));
        if (edit.op() == DraftEdit.Op.DROP && edit.key().equals(problem)) {
            if (size.problems() <= 1) {
                throw new InvalidRequestException("key", "草稿至少要保留一个问题");
            }
            return change(record, size, problem, p -> List.of());
        }
        return change(record, size, problem, p -> {
            DraftEditor.Keys keys = creates(edit)
                    ? new DraftEditor.Keys(rows.maxKey(record.id(), 'P'), rows.maxKey(record.id(), 'M'))
                    : DraftEditor.Keys.of(record.head().with(List.of(p)));
            return DraftEditor.apply(record.head().with(List.of(p)), edit, keys).problems();
        });
    }

    /** The draft's items in order, {@code size} at a time, each chunk read when it is reached. */
    Iterable<List<DraftItem>> chunks(long id, int size) {
        return () -> new Iterator<>() {
            private long from;
            private List<DraftItem> next = rows.window(id, 0, size);

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<DraftItem> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<DraftItem> chunk = next;
                from += size;
                next = chunk.size() < size ? List.of() : rows.window(id, from, from + size);
                return chunk;
            }
        };
    }

    /**
     * Cuts a draft stored whole (before drafts were stored as rows) into rows, once: the first
     * reader takes it, a concurrent one waits for the row and finds nothing left to do.
     */
    @Transactional
    public void cutStoredWhole(long id) {
        imports.takeWholeDraft(id).ifPresent(whole -> {
            Draft draft = json.readValue(whole, Draft.class);
            imports.updateHead(id, DraftHead.of(draft), DraftSize.of(draft.problems()));
            write(id, draft);
        });
    }

    /** Replaces a problem's rows with those of what the change makes of it (none, one or two problems). */
    private DraftSize change(
            ImportRecord record, DraftSize size, String problemKey, Function<DraftProblem, List<DraftProblem>> edit) {
        List<DraftItem> before = rows.problem(record.id(), problemKey);
        DraftProblem problem = DraftItem.problems(before).get(0);
        List<DraftProblem> after = edit.apply(problem);
        List<DraftItem> items = DraftItem.of(after);
        int first = rows.firstOf(record.id(), problemKey);
        rows.delete(record.id(), problemKey);
        rows.shift(record.id(), first + before.size(), items.size() - before.size());
        rows.insert(record.id(), first, items);
        return size.minus(DraftSize.of(List.of(problem))).plus(DraftSize.of(after));
    }

    private static boolean creates(DraftEdit edit) {
        return edit.op() == DraftEdit.Op.ADD_PROBLEM
                || edit.op() == DraftEdit.Op.ADD_MEASURE
                || edit.op() == DraftEdit.Op.SPLIT;
    }

    private void write(long id, Draft draft) {
        rows.insert(id, 0, DraftItem.of(draft.problems()));
        rows.insertMarks(id, draft.marks());
    }
}
