package taizhang.ledger;

import java.math.BigDecimal;
import taizhang.shared.Percent;

/**
 * 完成率 (总体完成率 for a whole campaign): finished measures ({@link MeasureStatus#isFinished})
 * over all measures, in percent; problems are rated alike, completed over all. The dashboard, the
 * statistics, their sheet and the notice all take their rates from here.
 */
public final class CompletionRate {

    private static final BigDecimal NONE = new BigDecimal("0.00");

    private CompletionRate() {}

    /** The rate of {@code finished} out of {@code total}; 0.00 when there is nothing to count. */
    public static BigDecimal of(long finished, long total) {
        if (finished < 0 || finished > total) {
            throw new IllegalArgumentException("finished " + finished + " of " + total);
        }
        return total == 0 ? NONE : Percent.of(BigDecimal.valueOf(finished), BigDecimal.valueOf(total));
    }
}
