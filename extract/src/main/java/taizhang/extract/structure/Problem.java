package taizhang.extract.structure;

import java.util.List;

/**
 * One numbered problem (问题) of the inspection's feedback, as the report restates it.
 *
 * @param number the number as written ({@code 1.} → 1)
 * @param title the phrase after the number up to the first {@code 。}, in the text's own script
 * @param start offset of the number
 * @param end offset where the problem's text ends, trailing line breaks excluded
 * @param section index into {@link Structure#sections()}, or -1 when the report has no section level
 * @param text the problem's whole text, from its number to {@code end}
 * @param measures the measures (整改措施) reported for it, in order
 */
public record Problem(int number, String title, int start, int end, int section, String text, List<Measure> measures) {

    public Problem {
        measures = List.copyOf(measures);
    }
}
