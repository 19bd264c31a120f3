package taizhang.extract.entity;

import java.time.LocalDate;
import java.time.YearMonth;

/** Periods within one year: months, month ranges, halves, quarters, seasons, the year's end. */
final class PeriodOfYear {

    private static final String QUARTERS = "一二三四";

    private PeriodOfYear() {}

    /** A period at {@code i} that needs a year from context: {@code 上半年}, {@code 前三季度}, {@code 8月}. */
    static Period at(Cursor c, int i, int year) {
        char ch = c.charAt(i);
        if (ch >= '0' && ch <= '9') {
            return months(c, i, year);
        }
        if (c.startsWith(i, "上半年")) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), i + 3);
        }
        if (c.startsWith(i, "下半年")) {
            return new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), i + 3);
        }
        return quarters(c, i, year);
    }

    /** What may follow {@code 2021年} or {@code 今年} beyond {@link #at}: 度, 底, 春季, 以来, 起. */
    static Period afterYear(Cursor c, int i, int year) {
        Period within = at(c, i, year);
        if (within != null) {
            return within;
        }
        char ch = c.charAt(i);
        if (ch == '度') {
            return Period.wholeYears(year, year, i + 1);
        }
        if (ch == '底' || ch == '末') {
            return Period.day(LocalDate.of(year, 12, 31), i + 1);
        }
        if (ch == '起' || c.startsWith(i, "以来")) {
            return new Period(LocalDate.of(year, 1, 1), null, i + (ch == '起' ? 1 : 2));
        }
        return season(c, i, year);
    }

    /** {@code 8月}, {@code 8月底}, {@code 8月份}, {@code 8月31日}, {@code 1-8月}, {@code 3月以来}. */
    static Period months(Cursor c, int i, int year) {
        int digits = c.digits(i);
        if (digits == 0 || digits > 2) {
            return null;
        }
        int month = c.number(i, digits);
        int j = i + digits;
        if (c.isRangeSign(j)) {
            int d2 = c.digits(j + 1);
            if (d2 == 0 || d2 > 2 || c.charAt(j + 1 + d2) != '月') {
                return null;
            }
            int last = c.number(j + 1, d2);
            return validMonth(month) && validMonth(last) && last >= month
                    ? new Period(
                            LocalDate.of(year, month, 1),
                            YearMonth.of(year, last).atEndOfMonth(),
                            j + 2 + d2)
                    : null;
        }
        if (c.charAt(j) != '月' || !validMonth(month)) {
            return null;
        }
        return withinMonth(c, j + 1, YearMonth.of(year, month));
    }

    private static Period withinMonth(Cursor c, int j, YearMonth month) {
        char ch = c.charAt(j);
        if (ch == '底' || ch == '末') {
            return Period.day(month.atEndOfMonth(), j + 1);
        }
        if (ch == '份') {
            return new Period(month.atDay(1), month.atEndOfMonth(), j + 1);
        }
        if (c.startsWith(j, "以来")) {
            return new Period(month.atDay(1), null, j + 2);
        }
        int d = c.digits(j);
        if (d > 0 && d <= 2 && (c.charAt(j + d) == '日' || c.charAt(j + d) == '号')) {
            int day = c.number(j, d);
            return month.isValidDay(day) ? Period.day(month.atDay(day), j + d + 1) : null;
        }
        return new Period(month.atDay(1), month.atEndOfMonth(), j);
    }

    /** {@code 一季度}, {@code 第二季度}, {@code 前三季度}. */
    private static Period quarters(Cursor c, int i, int year) {
        boolean upTo = c.charAt(i) == '前';
        int q = (upTo || c.charAt(i) == '第') ? i + 1 : i;
        int quarter = QUARTERS.indexOf(c.charAt(q)) + 1;
        if (quarter == 0 || !c.startsWith(q + 1, "季度")) {
            return null;
        }
        LocalDate from = LocalDate.of(year, upTo ? 1 : quarter * 3 - 2, 1);
        return new Period(from, YearMonth.of(year, quarter * 3).atEndOfMonth(), q + 3);
    }

    private static Period season(Cursor c, int i, int year) {
        int first;
        if (c.startsWith(i, "春季")) {
            first = 3;
        } else if (c.startsWith(i, "夏季")) {
            first = 6;
        } else if (c.startsWith(i, "秋季")) {
            first = 9;
        } else if (c.startsWith(i, "冬季")) {
            first = 12;
        } else {
            return null;
        }
        LocalDate from = LocalDate.of(year, first, 1);
        return new Period(from, YearMonth.from(from.plusMonths(2)).atEndOfMonth(), i + 2);
    }

    private static boolean validMonth(int month) {
        return month >= 1 && month <= 12;
    }
}
