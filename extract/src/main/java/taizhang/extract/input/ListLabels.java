package taizhang.extract.input;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The labels Word draws in front of numbered paragraphs ({@code 1.}, {@code （一）}, {@code 第二条}),
 * counted as Word counts them, whichever file format stored the list: {@link DocxNumbering} and
 * {@link DocNumbering} say which list and level a paragraph is on and what its pattern and number
 * format are; this counts and fills the pattern in. They are not in the paragraph's text, yet
 * reports number their problems this way, so the structure parser needs them.
 */
final class ListLabels {

    static final int LEVELS = 9;
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final Map<Object, int[]> counters = new HashMap<>();

    /**
     * The next label of a list at a level; counting advances as Word's does.
     *
     * @param list what identifies the list whose count continues
     * @param pattern the level's text, {@code %1}…{@code %9} standing for the levels' numbers
     * @param format the level's number format, as OOXML names it ({@code decimal}, {@code chineseCounting}…)
     * @param start the level's first number, asked when the level starts counting
     */
    String next(Object list, int level, String pattern, String format, IntSupplier start) {
        int[] count = counters.computeIfAbsent(list, id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start.getAsInt() : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int referenced = pattern.charAt(++i) - '1';
                label.append(format(Math.max(count[referenced], 1), referenced == level ? format : "decimal"));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    static boolean unnumbered(String format) {
        return format == null || format.equals("bullet") || format.equals("none");
    }

    static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting",
                    "chineseCountingThousand",
                    "chineseLegalSimplified",
                    "ideographDigital",
                    "taiwaneseCounting",
                    "taiwaneseCountingThousand" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
            case "lowerLetter" -> letter(n, 'a');
            case "upperLetter" -> letter(n, 'A');
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            default -> String.valueOf(n);
        };
    }

    /** 1–99 as written in report numbering: 一, 十, 十一, 二十三. */
    private static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }

    private static String letter(int n, char a) {
        return n >= 1 && n <= 26 ? String.valueOf((char) (a + n - 1)) : String.valueOf(n);
    }

    private static String fullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append((char) (c - '0' + '０'));
        }
        return s.toString();
    }
}
