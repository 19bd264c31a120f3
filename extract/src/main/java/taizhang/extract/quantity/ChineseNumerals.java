package taizhang.extract.quantity;

import java.math.BigDecimal;

/**
 * Chinese numerals in the normalised view: {@code 三}, {@code 二十三}, {@code 两万三千},
 * {@code 一亿二千万}, {@code 一百五} (= 150), {@code 三点五}, {@code 二〇二一}, and the
 * financial forms {@code 壹贰叁肆伍陆柒捌玖拾佰仟}. No library parses all of these (STACK.md).
 */
final class ChineseNumerals {

    private static final String DIGITS = "零〇一二三四五六七八九";
    private static final String FINANCIAL = " 壹贰叁肆伍陆柒捌玖";
    /** Digit value + 1 per char, 0 for a non-digit: the scanner asks this of every char. */
    private static final byte[] DIGIT_TABLE = digitTable();

    private static final boolean[] NUMERAL_TABLE = numeralTable();

    /** A numeral read from the text. */
    record Numeral(int end, BigDecimal value, boolean positional) {}

    private ChineseNumerals() {}

    /** 0–9 for a digit char ({@code 两} is 2), else -1. */
    static int digit(char c) {
        return DIGIT_TABLE[c] - 1;
    }

    private static byte[] digitTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i < DIGITS.length(); i++) {
            table[DIGITS.charAt(i)] = (byte) (Math.max(0, i - 1) + 1);
        }
        for (int i = 1; i < FINANCIAL.length(); i++) {
            table[FINANCIAL.charAt(i)] = (byte) (i + 1);
        }
        table['两'] = 3;
        return table;
    }

    /** 10, 100, 1000 for 十百千 (and 拾佰仟), 10^4 for 万, 10^8 for 亿, else 0. */
    static long power(char c) {
        switch (c) {
            case '十':
            case '拾':
                return 10L;
            case '百':
            case '佰':
                return 100L;
            case '千':
            case '仟':
                return 1_000L;
            case '万':
                return 10_000L;
            case '亿':
                return 100_000_000L;
            default:
                return 0L;
        }
    }

    static boolean isNumeralChar(char c) {
        return NUMERAL_TABLE[c];
    }

    /** Digits and multipliers, in one table: the scanner asks this of nearly every char. */
    private static boolean[] numeralTable() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = digit((char) c) >= 0 || power((char) c) > 0;
        }
        return table;
    }

    /** A numeral may open with a digit or 十 (十件), never with 百/千/万/亿 (百姓, 千万不要). */
    static boolean canStart(char c) {
        return digit(c) >= 0 || c == '十' || c == '拾';
    }

    /** Reads the numeral starting at {@code at}, or returns null if there is none. */
    static Numeral read(String text, int at, int limit) {
        if (at >= limit || !canStart(text.charAt(at))) {
            return null;
        }
        int runEnd = at;
        boolean onlyDigits = true;
        boolean hasZeroDigit = false;
        while (runEnd < limit && isNumeralChar(text.charAt(runEnd))) {
            char c = text.charAt(runEnd);
            onlyDigits &= digit(c) >= 0;
            hasZeroDigit |= c == '〇' || c == '零';
            runEnd++;
        }
        if (onlyDigits && runEnd - at >= 2 && (hasZeroDigit || runEnd - at >= 3)) {
            return positional(text, at, runEnd);
        }
        try {
            return grouped(text, at, onlyDigits ? at + 1 : runEnd, limit);
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    /** 二〇二一 → 2021: digit by digit, as years and codes are written. */
    private static Numeral positional(String text, int at, int end) {
        long value = 0;
        for (int i = at; i < end && i - at < 18; i++) {
            value = value * 10 + digit(text.charAt(i));
        }
        return new Numeral(end, BigDecimal.valueOf(value), true);
    }

    /**
     * 两万三千 → 23000 with sections at 万 and 亿. A digit right after a digit ends the numeral
     * (十一五 reads 十一), and a trailing digit after 百/千/万 is the abbreviated next place
     * (一百五 = 150, 两万五 = 25000).
     */
    private static Numeral grouped(String text, int at, int runEnd, int limit) {
        long total = 0;
        long section = 0;
        long number = -1;
        long lastPower = 0;
        int i = at;
        for (; i < runEnd; i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (number >= 0 && d != 0 && number != 0) {
                    break;
                }
                number = d;
                continue;
            }
            long p = power(c);
            if (p == 100_000_000L) {
                total = Math.multiplyExact(total + section + Math.max(number, 0), p);
                section = 0;
            } else if (p == 10_000L) {
                section = Math.multiplyExact(section + Math.max(number, 0), p);
            } else {
                section = Math.addExact(section, (number < 0 ? 1 : number) * p);
            }
            number = -1;
            lastPower = p;
        }
        long tail = Math.max(number, 0);
        if (number > 0 && lastPower >= 100 && text.charAt(i - 2) != '零' && digit(text.charAt(i - 2)) < 0) {
            tail = number * (lastPower == 100_000_000L ? 10_000_000L : lastPower / 10);
        }
        BigDecimal value = BigDecimal.valueOf(Math.addExact(Math.addExact(total, section), tail));
        return fraction(text, i, limit, value);
    }

    /** 三点五 → 3.5: the digits after 点 are read one by one. */
    private static Numeral fraction(String text, int at, int limit, BigDecimal whole) {
        if (at + 1 >= limit || text.charAt(at) != '点' || digit(text.charAt(at + 1)) < 0) {
            return new Numeral(at, whole, false);
        }
        StringBuilder digits = new StringBuilder();
        int i = at + 1;
        while (i < limit && digit(text.charAt(i)) >= 0 && digits.length() < 18) {
            digits.append(digit(text.charAt(i)));
            i++;
        }
        return new Numeral(i, whole.add(new BigDecimal("0." + digits)), false);
    }
}
