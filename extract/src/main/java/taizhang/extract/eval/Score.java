package taizhang.extract.eval;

import java.util.List;
import taizhang.extract.eval.GoldDocument.GoldQuantity;
import taizhang.extract.quantity.Quantity;

/**
 * The evaluation of one document, or of a corpus by {@link #plus}. The lists name what went
 * wrong, for a report to print; they are concatenated when scores are added.
 *
 * @param quantities quantity matching counts
 * @param structure structure comparison
 * @param defects defect matching counts
 * @param missedQuantities gold quantities no prediction matched
 * @param spuriousQuantities predictions that matched no gold quantity
 */
public record Score(
        Counts quantities,
        StructureScore structure,
        Counts defects,
        List<GoldQuantity> missedQuantities,
        List<Quantity> spuriousQuantities) {

    public static final Score EMPTY = new Score(Counts.ZERO, StructureScore.EMPTY, Counts.ZERO, List.of(), List.of());

    public Score {
        missedQuantities = List.copyOf(missedQuantities);
        spuriousQuantities = List.copyOf(spuriousQuantities);
    }

    public Score plus(Score other) {
        return new Score(
                quantities.plus(other.quantities),
                structure.plus(other.structure),
                defects.plus(other.defects),
                concat(missedQuantities, other.missedQuantities),
                concat(spuriousQuantities, other.spuriousQuantities));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Override
    public String toString() {
        return "quantities " + quantities + "; structure " + structure + "; defects " + defects;
    }
}
