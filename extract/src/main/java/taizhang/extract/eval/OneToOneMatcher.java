package taizhang.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Pairs gold and predicted items one to one under a compatibility rule, as many pairs as
 * possible (maximum bipartite matching by augmenting paths). Greedy pairing can strand a
 * gold item when two predictions overlap it; the maximum matching never does, so a score
 * does not depend on the order the extractor emits its results in.
 */
final class OneToOneMatcher {

    private OneToOneMatcher() {}

    /** @return for each gold index, the matched predicted index or -1 */
    static <G, P> int[] match(List<G> gold, List<P> predicted, BiPredicate<G, P> compatible) {
        List<int[]> candidates = new ArrayList<>(gold.size());
        for (G g : gold) {
            List<Integer> row = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (compatible.test(g, predicted.get(p))) {
                    row.add(p);
                }
            }
            candidates.add(row.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] goldOf = new int[predicted.size()];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, candidates, goldOf, new boolean[predicted.size()]);
        }
        int[] predictedOf = new int[gold.size()];
        Arrays.fill(predictedOf, -1);
        for (int p = 0; p < goldOf.length; p++) {
            if (goldOf[p] >= 0) {
                predictedOf[goldOf[p]] = p;
            }
        }
        return predictedOf;
    }

    private static boolean augment(int g, List<int[]> candidates, int[] goldOf, boolean[] visited) {
        for (int p : candidates.get(g)) {
            if (!visited[p]) {
                visited[p] = true;
                if (goldOf[p] < 0 || augment(goldOf[p], candidates, goldOf, visited)) {
                    goldOf[p] = g;
                    return true;
                }
            }
        }
        return false;
    }

    static boolean overlap(int startA, int endA, int startB, int endB) {
        return startA < endB && startB < endA;
    }
}
