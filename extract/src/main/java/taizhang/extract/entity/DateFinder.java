package taizhang.extract.entity;

import java.util.List;

/** Finds dates and periods. */
public final class DateFinder {

    private DateFinder() {
    }

    public static List<DateMention> find(String original, String normalized, int year) {
        return List.of();
    }
}
