package taizhang.report;

/** Chinese numerals for the ordinals of 一是, 二是 … 九十九是 (and plain digits beyond). */
final class ChineseOrdinal {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseOrdinal() {}

    static String of(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (units == 0 ? "" : DIGITS.charAt(units));
    }
}
