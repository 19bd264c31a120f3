package taizhang.extract.structure;

/** Reads the small Chinese numerals that number list items: 一 … 九十九. */
final class ChineseOrdinal {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseOrdinal() {
    }

    static boolean isNumeralChar(char c) {
        return c == '十' || DIGITS.indexOf(c) > 0;
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
        String n = s.substring(from, to);
        int ten = n.indexOf('十');
        if (ten < 0) {
            return n.length() == 1 ? DIGITS.indexOf(n.charAt(0)) : -1;
        }
        if (n.indexOf('十', ten + 1) >= 0 || ten > 1) {
            return -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(0));
        int units = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1));
        if (ten + 2 < n.length()) {
            return -1;
        }
        return tens * 10 + units;
    }
}
