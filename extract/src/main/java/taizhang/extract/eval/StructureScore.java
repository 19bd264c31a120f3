package taizhang.extract.eval;

/**
 * How well the parsed structure matches the gold. Each section (label, title, start),
 * problem (number, title, start) and measure (its problem's number, ordinal, title, start)
 * is one item; an item counts only if every field is equal.
 *
 * @param gold items in the gold structure
 * @param predicted items in the parsed structure
 * @param matched items present in both
 */
public record StructureScore(int gold, int predicted, int matched) {

    public static final StructureScore EMPTY = new StructureScore(0, 0, 0);

    /** True when the parse is exactly the gold: nothing missing, nothing extra. */
    public boolean exact() {
        return matched == gold && matched == predicted;
    }

    /**
     * Matched items over all distinct items (gold ∪ predicted), so both missing and extra
     * items lower it; 1 exactly when {@link #exact()}.
     */
    public double accuracy() {
        int union = gold + predicted - matched;
        return union == 0 ? 1.0 : (double) matched / union;
    }

    public StructureScore plus(StructureScore other) {
        return new StructureScore(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%s accuracy=%.4f (gold=%d predicted=%d matched=%d)",
                exact() ? "exact" : "inexact",
                accuracy(),
                gold,
                predicted,
                matched);
    }
}
