package taizhang.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words that may follow a number: units that make it a quantity ({@code units.txt}) and
 * words that make it something else, a date, a period, an edition ({@code non-units.txt}).
 * Both compete in one longest-match lookup, so {@code 个月} (a period) beats {@code 个}.
 *
 * <p>Entries are indexed by their first char and tried longest first with
 * {@link String#regionMatches}, so a lookup allocates nothing.
 */
final class UnitLexicon {

    /** A word found after a number; {@code unit} is null for a non-unit. */
    record Entry(String written, String unit) {

        boolean isUnit() {
            return unit != null;
        }
    }

    private static final UnitLexicon DEFAULT = load();

    private final Entry[][] byFirstChar = new Entry[Character.MAX_VALUE + 1][];

    private UnitLexicon(List<Entry> entries) {
        List<List<Entry>> buckets = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            buckets.add(null);
        }
        for (Entry e : entries) {
            char first = e.written().charAt(0);
            if (buckets.get(first) == null) {
                buckets.set(first, new ArrayList<>());
            }
            buckets.get(first).add(e);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            List<Entry> bucket = buckets.get(c);
            if (bucket != null) {
                bucket.sort(Comparator.comparingInt((Entry e) -> e.written().length())
                        .reversed());
                byFirstChar[c] = bucket.toArray(Entry[]::new);
            }
        }
    }

    static UnitLexicon standard() {
        return DEFAULT;
    }

    /** The longest unit or non-unit written at {@code at}, or null. */
    Entry longestAt(String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        Entry[] bucket = byFirstChar[text.charAt(at)];
        if (bucket == null) {
            return null;
        }
        for (Entry e : bucket) {
            if (text.regionMatches(at, e.written(), 0, e.written().length())) {
                return e;
            }
        }
        return null;
    }

    private static UnitLexicon load() {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines("units.txt")) {
            int eq = line.indexOf('=');
            entries.add(eq < 0 ? new Entry(line, line) : new Entry(line.substring(0, eq), line.substring(eq + 1)));
        }
        for (String line : lines("non-units.txt")) {
            entries.add(new Entry(line, null));
        }
        return new UnitLexicon(entries);
    }

    private static List<String> lines(String resource) {
        InputStream in = UnitLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path next to " + UnitLexicon.class);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
