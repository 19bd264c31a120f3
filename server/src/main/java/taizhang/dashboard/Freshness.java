package taizhang.dashboard;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * When the dashboard's figures were counted, and whether newer ones are being counted: at a
 * million measures the page shows the last figures at once rather than wait for new ones.
 */
public record Freshness(LocalDateTime computedAt, boolean refreshing, boolean today) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** {@code 09:31:05}, or with the date when the figures are older than today. */
    public String when() {
        return computedAt.format(today ? TIME : DATE_TIME);
    }
}
