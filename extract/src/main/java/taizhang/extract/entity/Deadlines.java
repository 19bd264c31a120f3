package taizhang.extract.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline as reports state it: {@code 2021年底前}, {@code 6月30日前}, {@code 2022年6月},
 * {@code 年底前}, {@code 立行立改}, {@code 长期坚持}. A date without a year is in the report's year.
 */
final class Deadlines {

    /** A read deadline: the date (null for 立行立改 and 长期坚持) and its type. */
    record Due(LocalDate date, MeasureFields.DeadlineType type) {}

    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})\\s*年)?\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号]|(底|末|中旬|上旬|下旬))?|(底|末|年底|年末|上半年|下半年))");

    /** {@code 2021.12}, {@code 2021.6.30}, {@code 2021-10-31}, {@code 2021/9/30}: as tables' date columns write dates. */
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*([./-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{1,2}))?(?!\\d)");

    private Deadlines() {}

    /** The type a type column's cell (整改类型) names, or null. */
    static MeasureFields.DeadlineType type(String text) {
        Due due = read(text, 0);
        if (due != null && due.date() == null) {
            return due.type();
        }
        if (text.contains("限期") || text.contains("限时")) {
            return MeasureFields.DeadlineType.DEADLINE;
        }
        return null;
    }

    /** The deadline in {@code text} (normalised), or null when it states none. */
    static Due read(String text, int reportYear) {
        if (text.contains("立行立改") || text.contains("立即整改") || text.contains("立查立改")) {
            return new Due(null, MeasureFields.DeadlineType.IMMEDIATE);
        }
        if (text.contains("长期坚持") || text.contains("长期推进") || text.contains("持续推进") || text.contains("常态化")) {
            return new Due(null, MeasureFields.DeadlineType.CONTINUING);
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate date = date(m, reportYear);
            if (date != null) {
                return new Due(date, MeasureFields.DeadlineType.DEADLINE);
            }
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            LocalDate date = numericDate(numeric);
            if (date != null) {
                return new Due(date, MeasureFields.DeadlineType.DEADLINE);
            }
        }
        return null;
    }

    private static LocalDate numericDate(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        if (year < 1990 || year > 2100 || month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(4) == null) {
            return ym.atEndOfMonth();
        }
        int day = Integer.parseInt(m.group(4));
        return day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
    }

    private static LocalDate date(Matcher m, int reportYear) {
        boolean hasYear = m.group(1) != null;
        int year = hasYear ? Integer.parseInt(m.group(1)) : reportYear;
        if (year < 1990 || year > 2100) {
            return null;
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            YearMonth ym = YearMonth.of(year, month);
            if (m.group(3) != null) {
                int day = Integer.parseInt(m.group(3));
                return day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
            }
            String part = m.group(4);
            if ("中旬".equals(part)) {
                return ym.atDay(20);
            }
            if ("上旬".equals(part)) {
                return ym.atDay(10);
            }
            return ym.atEndOfMonth();
        }
        String part = m.group(5);
        if (part == null || !hasYear && !part.startsWith("年") && !part.contains("半年")) {
            return null;
        }
        return "上半年".equals(part) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }
}
