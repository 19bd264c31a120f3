package taizhang.extract.entity;

import java.util.List;
import java.util.Optional;

/**
 * A table's progress cell (完成情况) that states the status by one word, alone or before what was
 * done: {@code 已完成}, {@code 已完成。修订了…}, {@code 进行中}. In running text such words are no cue
 * ({@code 已完成招标} says what was done, not that the measure is); at the head of the progress
 * column they are the ledger's answer.
 */
final class ProgressCell {

    /** The state a cell opens with, and where its word ends. */
    record State(StatusCues.Strength strength, int end) {}

    private record Word(String text, StatusCues.Strength strength) {}

    private static final List<Word> WORDS = List.of(
            new Word("整改完成", StatusCues.Strength.ALL_DONE),
            new Word("已完成", StatusCues.Strength.ALL_DONE),
            new Word("已整改", StatusCues.Strength.ALL_DONE),
            new Word("已落实", StatusCues.Strength.ALL_DONE),
            new Word("已解决", StatusCues.Strength.ALL_DONE),
            new Word("完成", StatusCues.Strength.ALL_DONE),
            new Word("按序时推进", StatusCues.Strength.UNDER_WAY),
            new Word("序时推进", StatusCues.Strength.UNDER_WAY),
            new Word("进行中", StatusCues.Strength.UNDER_WAY),
            new Word("未完成", StatusCues.Strength.UNDER_WAY),
            new Word("未整改", StatusCues.Strength.NOT_YET),
            new Word("未开始", StatusCues.Strength.NOT_YET));
    private static final String CLAUSE_END = "。,;:!";

    private ProgressCell() {}

    static Optional<State> state(String n, int start, int end) {
        for (Word word : WORDS) {
            int after = start + word.text().length();
            if (after <= end
                    && n.startsWith(word.text(), start)
                    && (after == end || CLAUSE_END.indexOf(n.charAt(after)) >= 0)) {
                return Optional.of(new State(word.strength(), after));
            }
        }
        return Optional.empty();
    }
}
