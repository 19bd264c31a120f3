package taizhang.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value of an indicator for a period ({@code 2021-08}, {@code 2021-Q3} or {@code 2021}; see
 * {@link taizhang.shared.Period#end} for their order in time), with where it came from.
 */
public record Reading(long id, long indicatorId, String period, BigDecimal value, String source, Long reportId,
        Instant recordedAt) {
}
