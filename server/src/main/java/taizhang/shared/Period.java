package taizhang.shared;

/**
 * Checks on period labels where they arrive as text (report forms, readings, import edits);
 * what a label means, and the order of labels, is {@link Cycle}'s.
 */
public final class Period {

    private Period() {}

    public static String require(String field, String period) {
        return Cycle.parse(field, period).label();
    }
}
