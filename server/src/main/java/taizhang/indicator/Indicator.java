package taizhang.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import taizhang.shared.Percent;
import taizhang.shared.Period;

/**
 * 指标: a quantity tracked over time, such as 新增新能源装机 with a target of 10,000,000 千瓦.
 * Belongs to a measure, or to the campaign as a whole when {@code measureId} is null.
 */
public record Indicator(long id, long campaignId, Long measureId, String name, String unit, BigDecimal target,
        BigDecimal baseline, int version) {

    /**
     * The reading of the latest period, by when periods end (a year ends with its December and
     * fourth quarter); the last recorded one when periods end on the same day.
     */
    public static Optional<Reading> latest(List<Reading> readings) {
        return readings.stream()
                .max(Comparator.comparing((Reading r) -> Period.end(r.period())).thenComparing(Reading::id));
    }

    /**
     * Completion rate in percent ({@link Percent}), latest value over target; empty when there is
     * no target (or a zero one) or no reading yet.
     */
    public Optional<BigDecimal> completionRate(List<Reading> readings) {
        if (target == null || target.signum() == 0) {
            return Optional.empty();
        }
        return latest(readings).map(r -> Percent.of(r.value(), target));
    }
}
