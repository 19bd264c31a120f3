package taizhang.extract.quantity;

import java.math.BigDecimal;

/**
 * Reads one number in the normalised view: Arabic ({@code 413.2}, {@code 1,234}) or Chinese
 * ({@code 两万}), then its multipliers and an inner {@code 余}/{@code 多}: {@code 2.3万},
 * {@code 3.2个亿}, {@code 150余万}, {@code 2.6万余}, {@code 三十余万}.
 */
final class NumberReader {

    /** Digits read per number at most; longer runs are codes, not amounts. */
    private static final int MAX_DIGITS = 30;

    /**
     * @param end where the number, multipliers and inner qualifier end
     * @param more an inner 余 or 多 was read
     * @param soleDigit the Chinese numeral's only char when it is a single digit, else 0
     */
    record NumberToken(
            int start, int end, BigDecimal value, boolean chinese, boolean multiplied, boolean more, char soleDigit) {}

    private final UnitLexicon lexicon;

    NumberReader(UnitLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    NumberToken read(String text, int at) {
        char first = text.charAt(at);
        if (isAsciiDigit(first)) {
            int end = arabicEnd(text, at);
            BigDecimal value = decimal(text, at, end);
            return multipliers(text, new NumberToken(at, end, value, false, false, false, (char) 0), true);
        }
        ChineseNumerals.Numeral numeral = ChineseNumerals.read(text, at, chineseLimit(text, at));
        if (numeral == null) {
            return null;
        }
        boolean multiplied = false;
        for (int i = at; i < numeral.end(); i++) {
            multiplied |= ChineseNumerals.power(text.charAt(i)) >= 10_000L;
        }
        char sole = numeral.end() == at + 1 ? first : 0;
        return multipliers(
                text, new NumberToken(at, numeral.end(), numeral.value(), true, multiplied, false, sole), false);
    }

    /** {@code 百分之十}, {@code 百分之3.5}: the number after 百分之, as a percentage. */
    NumberToken readPercentWords(String text, int at) {
        int numberAt = at + 3;
        if (numberAt >= text.length()) {
            return null;
        }
        char c = text.charAt(numberAt);
        if (isAsciiDigit(c)) {
            int end = arabicEnd(text, numberAt);
            return new NumberToken(at, end, decimal(text, numberAt, end), false, false, false, (char) 0);
        }
        if (c == '百') {
            return new NumberToken(at, numberAt + 1, BigDecimal.valueOf(100), true, false, false, (char) 0);
        }
        ChineseNumerals.Numeral numeral = ChineseNumerals.read(text, numberAt, text.length());
        return numeral == null
                ? null
                : new NumberToken(at, numeral.end(), numeral.value(), true, false, false, (char) 0);
    }

    /**
     * The value of the digits, thousands commas and decimal point that {@link #arabicEnd} read.
     * Up to 18 digits fit a long, so the common case builds no intermediate string; the scale
     * is the count of fraction digits, as {@code new BigDecimal("413.20")} would give it.
     */
    static BigDecimal decimal(String text, int from, int to) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                scale = 0;
            } else if (c != ',') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            }
        }
        if (digits > 18) {
            return new BigDecimal(text.substring(from, to).replace(",", ""));
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    private static int arabicEnd(String text, int at) {
        int n = text.length();
        int i = at;
        while (i < n && isAsciiDigit(text.charAt(i)) && i - at < MAX_DIGITS) {
            i++;
        }
        // Thousands groups: exactly three digits after the comma, and only behind a short lead.
        while (i - at <= 3 || text.charAt(i - 4) == ',') {
            if (i + 3 < n
                    && text.charAt(i) == ','
                    && allDigits(text, i + 1, i + 4)
                    && (i + 4 == n || !isAsciiDigit(text.charAt(i + 4)))) {
                i += 4;
            } else {
                break;
            }
        }
        if (i + 1 < n && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            int fractionStart = ++i;
            while (i < n && isAsciiDigit(text.charAt(i)) && i - fractionStart < MAX_DIGITS) {
                i++;
            }
        }
        return i;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Stops a Chinese numeral before a unit that begins with a multiplier char: 十万千瓦 is 十万 + 千瓦. */
    private int chineseLimit(String text, int at) {
        int i = at;
        while (i < text.length()
                && i - at < MAX_DIGITS
                && (ChineseNumerals.isNumeralChar(text.charAt(i))
                        || text.charAt(i) == '点'
                                && i + 1 < text.length()
                                && ChineseNumerals.digit(text.charAt(i + 1)) >= 0)) {
            if (i > at && ChineseNumerals.power(text.charAt(i)) > 0 && lexicon.longestAt(text, i) != null) {
                return i;
            }
            i++;
        }
        return i;
    }

    private NumberToken multipliers(String text, NumberToken token, boolean arabic) {
        int n = text.length();
        int i = token.end();
        BigDecimal value = token.value();
        boolean multiplied = token.multiplied();
        boolean more = false;
        for (int round = 0; round < 4 && i < n; round++) {
            int j = arabic && round == 0 && text.charAt(i) == ' ' ? i + 1 : i;
            if (j >= n) {
                break;
            }
            char c = text.charAt(j);
            long power = ChineseNumerals.power(c);
            if (power >= 100 && lexicon.longestAt(text, j) == null && (arabic || power >= 10_000L)) {
                value = value.multiply(BigDecimal.valueOf(power));
                multiplied = true;
                i = j + 1;
            } else if (c == '个' && j + 1 < n && text.charAt(j + 1) == '亿') {
                value = value.multiply(BigDecimal.valueOf(100_000_000L));
                multiplied = true;
                i = j + 2;
            } else if ((c == '余' || c == '多') && !more && j == i && followedByAmount(text, j + 1)) {
                more = true;
                i = j + 1;
            } else {
                break;
            }
        }
        return new NumberToken(token.start(), i, value, token.chinese(), multiplied, more, token.soleDigit());
    }

    /** 余/多 belongs to the number when a multiplier or a unit follows it: 150余万, 300余眼, 620多篇. */
    private boolean followedByAmount(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return ChineseNumerals.power(c) >= 100 || lexicon.longestAt(text, at) != null;
    }
}
