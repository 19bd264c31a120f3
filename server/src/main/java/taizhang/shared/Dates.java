package taizhang.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Days and times as the pages and documents show them, in one place. An instant is shown where
 * the server is (or in the clock's zone): its own text is in UTC, so before 08:00 in Beijing it
 * named the day before.
 */
public final class Dates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Dates() {}

    /** {@code 2021-10-15}, or nothing for no instant. */
    public static String day(Instant at) {
        return day(at, ZoneId.systemDefault());
    }

    /** {@code 2021-10-15 09:31}, or nothing for no instant. */
    public static String minute(Instant at) {
        return minute(at, ZoneId.systemDefault());
    }

    /** {@code 2021-10-15 09:31} in the given zone, or nothing for no instant. */
    public static String minute(Instant at, ZoneId zone) {
        return at == null ? "" : MINUTE.format(at.atZone(zone));
    }

    /** {@code 2021-10-15 09:31:05}. */
    public static String second(LocalDateTime at) {
        return SECOND.format(at);
    }

    /** {@code 09:31:05}: the time alone, for a moment of today. */
    public static String timeOfDay(LocalDateTime at) {
        return TIME_OF_DAY.format(at);
    }

    /** {@code 2021年10月15日}: a day as an official document writes it. */
    public static String written(LocalDate day) {
        return WRITTEN.format(day);
    }

    static String day(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toLocalDate().toString();
    }
}
