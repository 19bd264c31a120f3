package taizhang.extract.structure;

/** Reads the small Chinese numerals that number list items: 一 … 九十九. */
final class ChineseOrdinal {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final boolean[] NUMERAL_CHARS = numeralChars();

    private ChineseOrdinal() {}

    static boolean isNumeralChar(char c) {
        return NUMERAL_CHARS[c];
    }

    /** 一 to 九 and 十; a table because the marker scan asks this of every char. */
    private static boolean[] numeralChars() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int i = 1; i < DIGITS.length(); i++) {
            table[DIGITS.charAt(i)] = true;
        }
        table['十'] = true;
        return table;
    }

    /** The length of the numeral starting at {@code at}, at most 3 chars, 0 when there is none. */
    static int length(String s, int at) {
        int i = at;
        while (i < s.length() && i - at < 3 && isNumeralChar(s.charAt(i))) {
            i++;
        }
        return i - at;
    }

    /** The value of {@code s[from, to)}, or -1 when it is not a well-formed numeral below 100. */
    static int value(String s, int from, int to) {
        int length = to - from;
        int ten = -1;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '十') {
                if (ten >= 0) {
                    return -1;
                }
                ten = i - from;
            }
        }
        if (ten < 0) {
            return length == 1 ? DIGITS.indexOf(s.charAt(from)) : -1;
        }
        if (ten > 1 || ten + 2 < length) {
            return -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(from));
        int units = ten == length - 1 ? 0 : DIGITS.indexOf(s.charAt(from + ten + 1));
        return tens * 10 + units;
    }
}
