package taizhang.extract.entity;

import java.time.LocalDate;

/**
 * The five-year plans {@code 十一五} … {@code 十九五}: the sixth began in 1981 and each runs five
 * years, so {@code 十四五} is 2021–2025. {@code “八五”普法} and the like are law-education
 * campaigns, not plans, so only the plans numbered from eleven are read.
 */
final class FiveYearPlan {

    private static final String UNITS = "一二三四五六七八九";

    private FiveYearPlan() {
    }

    static Period at(Cursor c, int i) {
        int unit = UNITS.indexOf(c.charAt(i + 1)) + 1;
        if (unit == 0 || c.charAt(i + 2) != '五' || c.startsWith(i + 3, "普法")
                || UNITS.indexOf(c.charAt(i - 1)) >= 0 || c.charAt(i - 1) == '十') {
            return null;
        }
        int plan = 10 + unit;
        int first = 1981 + 5 * (plan - 6);
        int start = i;
        int end = i + 3;
        if (c.charAt(i - 1) == '"' && c.charAt(end) == '"') {
            end++;
        }
        return new Period(LocalDate.of(first, 1, 1), LocalDate.of(first + 4, 12, 31), end);
    }
}
