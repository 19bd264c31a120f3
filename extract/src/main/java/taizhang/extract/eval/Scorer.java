package taizhang.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import taizhang.extract.eval.GoldDocument.Defect;
import taizhang.extract.eval.GoldDocument.GoldQuantity;
import taizhang.extract.eval.GoldDocument.Measure;
import taizhang.extract.eval.GoldDocument.Problem;
import taizhang.extract.eval.GoldDocument.Section;
import taizhang.extract.eval.GoldDocument.Structure;
import taizhang.extract.quantity.Quantity;

/**
 * Scores extraction results against a gold annotation, with one rule everywhere:
 * <ul>
 * <li>a predicted quantity matches a gold quantity when their spans overlap, their values
 *     are numerically equal ({@link java.math.BigDecimal#compareTo}) and their units are
 *     equal; qualifier and exact span boundaries are not scored;</li>
 * <li>a predicted defect matches a gold defect when their spans overlap and kinds are equal;</li>
 * <li>pairing is one to one, as many pairs as possible;</li>
 * <li>structure items match when every field is equal (see {@link StructureScore}).</li>
 * </ul>
 */
public final class Scorer {

    private Scorer() {}

    /** Scores everything the extractor produced for one document. */
    public static Score score(GoldDocument gold, List<Quantity> quantities, Structure structure, List<Defect> defects) {
        Score quantityScore = scoreQuantities(gold.quantities(), quantities);
        return new Score(
                quantityScore.quantities(),
                scoreStructure(gold.structure(), structure),
                scoreDefects(gold.defects(), defects),
                quantityScore.missedQuantities(),
                quantityScore.spuriousQuantities());
    }

    /** Scores quantities only; structure and defects of the result are empty. */
    public static Score scoreQuantities(List<GoldQuantity> gold, List<Quantity> predicted) {
        int[] pairs = OneToOneMatcher.match(gold, predicted, Scorer::matches);
        List<GoldQuantity> missed = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < pairs.length; g++) {
            if (pairs[g] < 0) {
                missed.add(gold.get(g));
            } else {
                used[pairs[g]] = true;
            }
        }
        List<Quantity> spurious = new ArrayList<>();
        for (int p = 0; p < used.length; p++) {
            if (!used[p]) {
                spurious.add(predicted.get(p));
            }
        }
        int matched = gold.size() - missed.size();
        return new Score(
                new Counts(matched, spurious.size(), missed.size()),
                StructureScore.EMPTY,
                Counts.ZERO,
                missed,
                spurious);
    }

    /** The quantity matching rule itself, for callers that list matches. */
    public static boolean matches(GoldQuantity gold, Quantity predicted) {
        return OneToOneMatcher.overlap(gold.start(), gold.end(), predicted.start(), predicted.end())
                && gold.value().compareTo(predicted.value()) == 0
                && gold.unit().equals(Objects.requireNonNullElse(predicted.unit(), ""));
    }

    public static Counts scoreDefects(List<Defect> gold, List<Defect> predicted) {
        int[] pairs = OneToOneMatcher.match(
                gold,
                predicted,
                (g, p) -> OneToOneMatcher.overlap(g.start(), g.end(), p.start(), p.end())
                        && g.kind().equals(p.kind()));
        int matched = (int) Arrays.stream(pairs).filter(p -> p >= 0).count();
        return new Counts(matched, predicted.size() - matched, gold.size() - matched);
    }

    /**
     * Scores the outline by where its items start, and the suggested statuses (measure start and
     * status code) against the gold's stated ones.
     */
    public static LayoutScore scoreLayout(
            GoldDocument gold, Structure predicted, java.util.Map<Integer, String> suggestedStatuses) {
        List<Problem> goldProblems = gold.structure().problems();
        List<Problem> predictedProblems = predicted.problems();
        int[] pairs = OneToOneMatcher.match(goldProblems, predictedProblems, (g, p) -> g.start() == p.start());
        int matchedProblems = (int) Arrays.stream(pairs).filter(p -> p >= 0).count();
        int matchedMeasures = 0;
        for (int g = 0; g < pairs.length; g++) {
            if (pairs[g] >= 0) {
                Set<Integer> starts = new HashSet<>();
                predictedProblems.get(pairs[g]).measures().forEach(m -> starts.add(m.start()));
                matchedMeasures += (int) goldProblems.get(g).measures().stream()
                        .filter(m -> starts.contains(m.start()))
                        .count();
            }
        }
        int goldMeasures =
                goldProblems.stream().mapToInt(p -> p.measures().size()).sum();
        int predictedMeasures =
                predictedProblems.stream().mapToInt(p -> p.measures().size()).sum();
        java.util.Map<Integer, String> stated = new java.util.HashMap<>();
        gold.statuses().forEach(st -> stated.put(st.measureStart(), st.status()));
        int right = (int) suggestedStatuses.entrySet().stream()
                .filter(e -> e.getValue().equals(stated.get(e.getKey())))
                .count();
        return new LayoutScore(
                new Counts(
                        matchedProblems,
                        predictedProblems.size() - matchedProblems,
                        goldProblems.size() - matchedProblems),
                new Counts(matchedMeasures, predictedMeasures - matchedMeasures, goldMeasures - matchedMeasures),
                new Counts(right, suggestedStatuses.size() - right, 0));
    }

    public static StructureScore scoreStructure(Structure gold, Structure predicted) {
        Set<List<Object>> goldItems = items(gold);
        Set<List<Object>> predictedItems = items(predicted);
        int matched = (int) predictedItems.stream().filter(goldItems::contains).count();
        return new StructureScore(goldItems.size(), predictedItems.size(), matched);
    }

    private static Set<List<Object>> items(Structure structure) {
        Set<List<Object>> items = new HashSet<>();
        for (Section s : structure.sections()) {
            items.add(Arrays.asList("section", s.label(), s.title(), s.start()));
        }
        for (Problem p : structure.problems()) {
            items.add(Arrays.asList("problem", p.number(), p.title(), p.start()));
            for (Measure m : p.measures()) {
                items.add(Arrays.asList("measure", p.number(), m.ordinal(), m.title(), m.start()));
            }
        }
        return items;
    }
}
