package taizhang.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import taizhang.shared.Percent;

/**
 * 指标: a quantity tracked over time, such as 新增新能源装机 with a target of 10,000,000 千瓦.
 * Belongs to a measure, or to the campaign as a whole when {@code measureId} is null.
 */
public record Indicator(
        long id,
        long campaignId,
        Long measureId,
        String name,
        String unit,
        BigDecimal target,
        BigDecimal baseline,
        int version) {

    /**
     * The reading of the latest period, the last in {@link Reading#TIME_ORDER}: periods by when
     * they end (a year ends with its December and fourth quarter, and of periods that end together
     * the shorter is the later), a period read twice by its last recorded reading. The measure
     * page, the API, the dashboard and the changes between cycles all take "latest" from here.
     */
    public static Optional<Reading> latest(Collection<Reading> readings) {
        return readings.stream().max(Reading.TIME_ORDER);
    }

    /**
     * Completion rate in percent ({@link Percent}), latest value over target; empty when there is
     * no target (or a zero one) or no reading yet.
     */
    public Optional<BigDecimal> completionRate(Collection<Reading> readings) {
        if (target == null || target.signum() == 0) {
            return Optional.empty();
        }
        return latest(readings).map(r -> Percent.of(r.value(), target));
    }
}
