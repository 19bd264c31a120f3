package taizhang.shared;

import java.time.LocalDate;

/**
 * Checks on period labels where they arrive as text (report forms, readings, import edits);
 * what a label means is {@link Cycle}'s.
 */
public final class Period {

    private Period() {
    }

    public static String require(String field, String period) {
        return Cycle.parse(field, period).label();
    }

    /**
     * The last day of a period, which puts periods of different lengths in time order: the
     * text alone would sort {@code 2021-Q1} after {@code 2021-12}.
     */
    public static LocalDate end(String period) {
        return Cycle.parse("period", period).last();
    }
}
