package taizhang.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An instant as the pages show it: its day, or its day and minute, where the server is. An
 * instant's own text is in UTC, so before 08:00 in Beijing it named the day before.
 */
public final class Dates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {}

    public static String day(Instant at) {
        return day(at, ZoneId.systemDefault());
    }

    public static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(ZoneId.systemDefault()));
    }

    static String day(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toLocalDate().toString();
    }
}
