package taizhang.extract.eval;

/**
 * Matched, spurious and missed items of one kind; sums over documents by {@link #plus}
 * (micro-average), so a corpus figure weighs every item the same.
 *
 * @param truePositives predicted items matched to a gold item
 * @param falsePositives predicted items left unmatched
 * @param falseNegatives gold items left unmatched
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** 1 when nothing was predicted: no prediction was wrong. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** 1 when the gold has nothing: nothing was missed. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d)",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives);
    }
}
