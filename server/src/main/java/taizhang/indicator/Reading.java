package taizhang.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import taizhang.shared.Cycle;

/**
 * One value of an indicator for a period ({@code 2021-08}, {@code 2021-Q3} or {@code 2021}), with
 * where it came from.
 */
public record Reading(
        long id, long indicatorId, String period, BigDecimal value, String source, Long reportId, Instant recordedAt) {

    /**
     * Readings in time order: by period in {@link Cycle#LABEL_ORDER}, a period read twice by when
     * it was recorded. The order readings are listed and charted in, and whose last is the latest.
     */
    public static final Comparator<Reading> TIME_ORDER =
            Comparator.comparing(Reading::period, Cycle.LABEL_ORDER).thenComparingLong(Reading::id);
}
