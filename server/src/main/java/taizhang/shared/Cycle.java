package taizhang.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 调度周期: a reporting period, written {@code 2026-10} for a month, {@code 2024-Q3} for a
 * quarter, or {@code 2021} for a year (what imported reports give when a figure names no
 * month). Cycles are ordered by their last day, the day their figures stand at; of cycles
 * that end together, the longer one comes first.
 */
public record Cycle(Kind kind, int year, int number) implements Comparable<Cycle> {

    public enum Kind {
        YEAR,
        QUARTER,
        MONTH
    }

    private static final Pattern LABEL = Pattern.compile("([1-9]\\d{3})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");
    private static final String[] QUARTERS = {"一", "二", "三", "四"};
    private static final Comparator<Cycle> ORDER =
            Comparator.comparing(Cycle::last).thenComparing(Cycle::first);

    /**
     * Stored period labels in this time order, never their text's ({@code 2021-Q1} sorts after
     * {@code 2021-12} as text); text that names no cycle comes before every cycle. Every list of
     * periods, and every "latest" period, is ordered by this.
     */
    public static final Comparator<String> LABEL_ORDER = Comparator.comparing(
            (String label) -> tryParse(label).orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

    public Cycle {
        int max = switch (kind) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (year < 1000 || year > 9999 || (max == 0 ? number != 0 : number < 1 || number > max)) {
            throw new IllegalArgumentException("no such cycle: " + kind + " " + year + " " + number);
        }
    }

    public static Cycle month(int year, int month) {
        return new Cycle(Kind.MONTH, year, month);
    }

    public static Cycle quarter(int year, int quarter) {
        return new Cycle(Kind.QUARTER, year, quarter);
    }

    /** The cycle a label names; a malformed label is refused naming the request field it came in. */
    public static Cycle parse(String field, String label) {
        String got = label == null || label.isEmpty() ? "空白" : "“" + label + "”";
        return tryParse(label)
                .orElseThrow(
                        () -> new InvalidRequestException(field, "周期应写作 2021-08（月）、2021-Q3（季度）或 2021（年），收到：" + got));
    }

    /** The cycle a stored label names, or empty for text that names none. */
    public static Optional<Cycle> tryParse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(month(year, Integer.parseInt(m.group(2))));
        }
        return Optional.of(
                m.group(3) != null ? quarter(year, Integer.parseInt(m.group(3))) : new Cycle(Kind.YEAR, year, 0));
    }

    public LocalDate first() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, number * 3 - 2, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    public LocalDate last() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
        };
    }

    /** The label as stored and sent: {@code 2026-10}, {@code 2024-Q3}, {@code 2021}. */
    public String label() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }

    /** The name in a report: {@code 2026年10月}, {@code 2024年第三季度}, {@code 2021年}. */
    public String chinese() {
        return switch (kind) {
            case YEAR -> year + "年";
            case QUARTER -> year + "年第" + QUARTERS[number - 1] + "季度";
            case MONTH -> year + "年" + number + "月";
        };
    }

    public boolean isBefore(Cycle other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Cycle other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
