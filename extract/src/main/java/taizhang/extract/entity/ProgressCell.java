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
    /** The whole answers of a state column (是否完成, 整改状态), where 是 and 否 are the ledger's answer. */
    private static final List<Word> ANSWERS = List.of(
            new Word("是", StatusCues.Strength.ALL_DONE),
            new Word("√", StatusCues.Strength.ALL_DONE),
            new Word("✓", StatusCues.Strength.ALL_DONE),
            new Word("已销号", StatusCues.Strength.ALL_DONE),
            new Word("已办结", StatusCues.Strength.ALL_DONE),
            new Word("办结", StatusCues.Strength.ALL_DONE),
            new Word("否", StatusCues.Strength.UNDER_WAY),
            new Word("×", StatusCues.Strength.UNDER_WAY),
            new Word("整改中", StatusCues.Strength.UNDER_WAY),
            new Word("正在整改", StatusCues.Strength.UNDER_WAY),
            new Word("推进中", StatusCues.Strength.UNDER_WAY),
            new Word("未启动", StatusCues.Strength.NOT_YET));

    private static final String CLAUSE_END = "。,;:!";

    private ProgressCell() {}

    /**
     * The state a state column's cell gives: the whole cell (but for spaces and a closing stop) is
     * one of its answers, or opens with a progress word as in a 完成情况 cell.
     */
    static Optional<State> answer(String n, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(n.charAt(from))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(n.charAt(to - 1)) || n.charAt(to - 1) == '。')) {
            to--;
        }
        for (Word word : ANSWERS) {
            if (to - from == word.text().length() && n.startsWith(word.text(), from)) {
                return Optional.of(new State(word.strength(), to));
            }
        }
        return state(n, from, to);
    }

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
