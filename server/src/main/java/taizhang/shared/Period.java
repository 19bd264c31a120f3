package taizhang.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A reporting period as text: a year {@code 2021}, a quarter {@code 2021-Q3} or a month {@code 2021-08}. */
public final class Period {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?");

    private Period() {
    }

    public static String require(String field, String period) {
        if (period == null || !FORMAT.matcher(period).matches()) {
            throw new InvalidRequestException(field, "期间格式应为 2021、2021-Q3 或 2021-08，收到：" + period);
        }
        return period;
    }

    /**
     * The last day of a period, which puts periods of different lengths in time order: the
     * text alone would sort {@code 2021-Q1} after {@code 2021-12}.
     */
    public static LocalDate end(String period) {
        require("period", period);
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 12, 31);
        }
        int month = period.charAt(5) == 'Q' ? (period.charAt(6) - '0') * 3 : Integer.parseInt(period.substring(5));
        return YearMonth.of(year, month).atEndOfMonth();
    }
}
