package taizhang.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bad cells of an upload as they are found: every one counted, the first {@value #KEPT}
 * kept (a sheet of a hundred thousand bad rows must not fill the heap), listed in sheet order.
 */
final class SheetErrors {

    static final int KEPT = 10_000;

    private final List<CellError> kept = new ArrayList<>();
    private long count;

    void add(CellError error) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(error);
        }
    }

    long count() {
        return count;
    }

    /** By row, then by column (B before AA). */
    List<CellError> list() {
        return kept.stream()
                .sorted(Comparator.comparingInt(CellError::row)
                        .thenComparingInt(e -> e.cell().length())
                        .thenComparing(CellError::cell))
                .toList();
    }
}
