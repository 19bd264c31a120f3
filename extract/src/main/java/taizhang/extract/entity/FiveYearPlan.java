package taizhang.extract.entity;

import java.time.LocalDate;

/**
 * The five-year plans {@code 十一五} … {@code 十九五}: the sixth began in 1981 and each runs five
 * years, so {@code 十四五} is 2021–2025. {@code “八五”普法} and the like are law-education
 * campaigns, not plans, so only the plans numbered from eleven are read.
 */
final class FiveYearPlan {

    private static final String UNITS = "一二三四五六七八九";

    private FiveYearPlan() {}

    /** A plan at {@code i}, written {@code 十四五} or quoted {@code “十四五”} (the quotes belong to the span). */
    static Period at(Cursor c, int i) {
        boolean quoted = c.charAt(i) == '"';
        int t = quoted ? i + 1 : i;
        int unit = UNITS.indexOf(c.charAt(t + 1)) + 1;
        if (c.charAt(t) != '十'
                || unit == 0
                || c.charAt(t + 2) != '五'
                || (quoted && c.charAt(t + 3) != '"')
                || c.startsWith(t + 3 + (quoted ? 1 : 0), "普法")
                || UNITS.indexOf(c.charAt(t - 1)) >= 0) {
            return null;
        }
        int first = 1981 + 5 * (10 + unit - 6);
        return new Period(LocalDate.of(first, 1, 1), LocalDate.of(first + 4, 12, 31), t + 3 + (quoted ? 1 : 0));
    }
}
