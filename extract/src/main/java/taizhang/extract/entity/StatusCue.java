package taizhang.extract.entity;

import java.util.List;

/**
 * The status suggested for one measure and the words that decided it
 * ({@code 已全部完成整改} → done, {@code 加快推进} → in progress).
 *
 * @param problem the problem's number
 * @param measure the measure's ordinal within the problem
 * @param measureStart the measure's start offset, which tells measures apart when problem
 *     numbers restart per section
 * @param status the suggested status
 * @param evidence the deciding words, with offsets
 */
public record StatusCue(int problem, int measure, int measureStart, Status status, List<Cue> evidence) {

    public StatusCue {
        evidence = List.copyOf(evidence);
    }

    /** One deciding phrase. */
    public record Cue(int start, int end, String text) {}
}
