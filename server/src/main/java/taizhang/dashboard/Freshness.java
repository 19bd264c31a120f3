package taizhang.dashboard;

import java.time.LocalDateTime;
import taizhang.shared.Dates;

/**
 * When the dashboard's figures were counted, and whether newer ones are being counted: at a
 * million measures the page shows the last figures at once rather than wait for new ones.
 */
public record Freshness(LocalDateTime computedAt, boolean refreshing, boolean today) {

    /** {@code 09:31:05}, or with the date when the figures are older than today. */
    public String when() {
        return today ? Dates.timeOfDay(computedAt) : Dates.second(computedAt);
    }
}
