package taizhang.extract.eval;

import java.util.Locale;

/**
 * How well a report's problems and measures were found, whatever its layout: a predicted item
 * counts when it starts where a gold item starts (a measure also under the matched problem),
 * paired one to one; and how many suggested statuses the gold confirms.
 *
 * @param problems problem matching counts
 * @param measures measure matching counts
 * @param statuses suggested statuses: true positives confirmed by the gold, false positives not
 */
public record LayoutScore(Counts problems, Counts measures, Counts statuses) {

    public static final LayoutScore EMPTY = new LayoutScore(Counts.ZERO, Counts.ZERO, Counts.ZERO);

    public LayoutScore plus(LayoutScore other) {
        return new LayoutScore(
                problems.plus(other.problems), measures.plus(other.measures), statuses.plus(other.statuses));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "problems F1 %.4f, measures F1 %.4f, status precision %.4f (%d suggested)",
                problems.f1(),
                measures.f1(),
                statuses.precision(),
                statuses.truePositives() + statuses.falsePositives());
    }
}
