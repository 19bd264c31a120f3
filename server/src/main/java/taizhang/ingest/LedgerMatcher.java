package taizhang.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import taizhang.ledger.Measure;
import taizhang.ledger.Problem;

/**
 * Maps a later report of a campaign onto the ledger it already has, so progress lands on the
 * existing rows instead of duplicating them. A problem (or measure) matches the existing one
 * with the most similar title, an equal number (ordinal) adding a little; a match below
 * {@link Match#SURE} is marked for the office to confirm, and a title too unlike any is new.
 */
final class LedgerMatcher {

    static final double CANDIDATE = 0.45;
    private static final double SAME_NUMBER_BONUS = 0.15;

    private LedgerMatcher() {}

    /** The existing ledger of a campaign: problems and each problem's measures. */
    record Existing(List<Problem> problems, Map<Long, List<Measure>> measures) {}

    static Draft match(Draft draft, Existing existing) {
        Set<Long> takenProblems = new HashSet<>();
        List<DraftProblem> problems = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            Match match = best(
                    p.title(),
                    p.number(),
                    existing.problems(),
                    takenProblems,
                    Problem::id,
                    Problem::title,
                    Problem::number);
            if (match == null) {
                problems.add(p);
                continue;
            }
            Set<Long> takenMeasures = new HashSet<>();
            List<Measure> candidates = existing.measures().getOrDefault(match.id(), List.of());
            List<DraftMeasure> measures = p.measures().stream()
                    .map(m -> {
                        Match measureMatch = best(
                                m.title(),
                                m.ordinal(),
                                candidates,
                                takenMeasures,
                                Measure::id,
                                Measure::title,
                                Measure::ordinal);
                        return measureMatch == null ? m : m.withMatch(measureMatch);
                    })
                    .toList();
            problems.add(p.withMatch(match).withMeasures(measures));
        }
        return draft.withProblems(problems);
    }

    private static <T> Match best(
            String title,
            int number,
            List<T> candidates,
            Set<Long> taken,
            Function<T, Long> id,
            Function<T, String> titleOf,
            ToIntFunction<T> numberOf) {
        T best = null;
        double bestScore = 0;
        for (T candidate : candidates) {
            double score = TitleSimilarity.of(title, titleOf.apply(candidate))
                    + (numberOf.applyAsInt(candidate) == number ? SAME_NUMBER_BONUS : 0);
            if (!taken.contains(id.apply(candidate)) && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null || bestScore < CANDIDATE) {
            return null;
        }
        taken.add(id.apply(best));
        return Match.of(id.apply(best), titleOf.apply(best), TitleSimilarity.of(title, titleOf.apply(best)));
    }
}
