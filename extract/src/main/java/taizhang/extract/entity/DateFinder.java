package taizhang.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates and periods and resolves them against the report year: {@code 1—8月},
 * {@code 截至8月底}, {@code 2021—2023年}, {@code 今年以来}, {@code 上半年}, {@code “十四五”}.
 * A hand-written scan of the normalised view (dashes are {@code -} there): no backtracking.
 */
public final class DateFinder {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    /** The chars a date or period can start with; any other char is skipped at once. */
    private static final boolean[] STARTS = starts();

    private DateFinder() {}

    public static List<DateMention> find(String original, String normalized, int reportYear) {
        List<DateMention> dates = new ArrayList<>();
        Cursor cursor = new Cursor(normalized);
        int i = 0;
        while (i < normalized.length()) {
            Period p = STARTS[normalized.charAt(i)] ? at(cursor, i, reportYear) : null;
            if (p == null) {
                i++;
                continue;
            }
            dates.add(new DateMention(i, p.end(), original.substring(i, p.end()), p.from(), p.to()));
            i = p.end();
        }
        return dates;
    }

    private static boolean[] starts() {
        boolean[] starts = new boolean[Character.MAX_VALUE + 1];
        for (char c : "0123456789截今去明上下前第一二三四春夏秋冬十\"".toCharArray()) {
            starts[c] = true;
        }
        return starts;
    }

    /** The year written in the four digits before {@code yearChar} (a 年), or -1. */
    static int yearEndingAt(String n, int yearChar) {
        int start = yearChar - 4;
        if (start < 0 || (start > 0 && Character.isDigit(n.charAt(start - 1)))) {
            return -1;
        }
        Cursor c = new Cursor(n);
        return c.digits(start) == 4 ? c.number(start, 4) : -1;
    }

    private static Period at(Cursor c, int i, int year) {
        char ch = c.charAt(i);
        if (c.startsWith(i, "截至") || c.startsWith(i, "截止")) {
            int from = c.startsWith(i + 2, "到") ? i + 3 : i + 2;
            Period p = point(c, from, year);
            return p == null ? null : new Period(null, p.to(), p.end());
        }
        if (c.startsWith(i, "今年")) {
            return relativeYear(c, i + 2, year);
        }
        if (c.startsWith(i, "去年") || c.startsWith(i, "上年")) {
            return relativeYear(c, i + 2, year - 1);
        }
        if (c.startsWith(i, "明年")) {
            return relativeYear(c, i + 2, year + 1);
        }
        if (ch >= '0' && ch <= '9') {
            return i > 0 && (Character.isDigit(c.charAt(i - 1)) || c.charAt(i - 1) == '.') ? null : numeric(c, i, year);
        }
        if (ch == '十' || ch == '"') {
            return FiveYearPlan.at(c, i);
        }
        return PeriodOfYear.at(c, i, year);
    }

    /** {@code 今年以来}, {@code 今年上半年}, {@code 今年} … */
    private static Period relativeYear(Cursor c, int after, int year) {
        Period within = PeriodOfYear.afterYear(c, after, year);
        return within != null ? within : Period.wholeYears(year, year, after);
    }

    /** {@code 2021年…}, {@code 2021-2023年}, {@code 8月…}, {@code 1-8月}. */
    private static Period numeric(Cursor c, int i, int year) {
        int digits = c.digits(i);
        if (digits == 4) {
            int y = c.number(i, 4);
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                return null;
            }
            int j = i + 4;
            if (c.isRangeSign(j) && c.digits(j + 1) == 4 && c.charAt(j + 5) == '年') {
                int y2 = c.number(j + 1, 4);
                return y2 >= y && y2 <= LAST_YEAR ? Period.wholeYears(y, y2, j + 6) : null;
            }
            if (c.charAt(j) != '年') {
                return null;
            }
            if (c.isRangeSign(j + 1) && c.digits(j + 2) == 4 && c.charAt(j + 6) == '年') {
                int y2 = c.number(j + 2, 4);
                return y2 >= y && y2 <= LAST_YEAR ? Period.wholeYears(y, y2, j + 7) : null;
            }
            return relativeYear(c, j + 1, y);
        }
        return PeriodOfYear.months(c, i, year);
    }

    /** A point in time after 截至: {@code 8月底}, {@code 2021年8月}, {@code 6月30日}. */
    private static Period point(Cursor c, int i, int year) {
        if (i >= c.length()) {
            return null;
        }
        Period p = Character.isDigit(c.charAt(i)) ? numeric(c, i, year) : PeriodOfYear.at(c, i, year);
        return p == null || p.to() == null ? null : p;
    }
}
