package taizhang.extract.quantity;

import taizhang.extract.quantity.Quantity.Qualifier;

/**
 * Qualifier words glued to a quantity (gold FORMAT.md): before it {@code 近 约 超 不足}
 * and their longer forms, after it {@code 以上 以下 左右 及以上}. The inner {@code 余}/{@code 多}
 * ({@code 2万余}, {@code 620多篇}) is read with the number.
 */
final class Qualifiers {

    private static final String[] SUFFIXES = {"及以上", "及以下", "以上", "以下", "左右"};
    private static final Qualifier[] SUFFIX_MEANING = {
        Qualifier.MORE, Qualifier.LESS, Qualifier.MORE, Qualifier.LESS, Qualifier.ABOUT
    };
    private static final String[] PREFIXES = {"超过", "不足", "不到", "将近", "接近", "大约", "约", "近", "超", "逾"};
    private static final Qualifier[] PREFIX_MEANING = {
        Qualifier.MORE,
        Qualifier.LESS,
        Qualifier.LESS,
        Qualifier.ABOUT,
        Qualifier.ABOUT,
        Qualifier.ABOUT,
        Qualifier.ABOUT,
        Qualifier.ABOUT,
        Qualifier.MORE,
        Qualifier.MORE
    };
    /** The chars suffixes start with and prefixes end with: most numbers have neither next to them. */
    private static final String SUFFIX_FIRSTS = chars(SUFFIXES, 0);

    private static final String PREFIX_LASTS = chars(PREFIXES, -1);
    /** Chars that make 近 part of another word: 附近, 最近, 临近. */
    private static final String NOT_BEFORE_NEAR = "附最临邻亲就贴";
    /** Chars that make 约 part of another word: 节约, 制约, 签约, 预约. */
    private static final String NOT_BEFORE_ABOUT = "节制签预公契条违履相邀特";

    private Qualifiers() {}

    static int suffixLength(String text, int at) {
        int i = suffixIndex(text, at);
        return i < 0 ? 0 : SUFFIXES[i].length();
    }

    static Qualifier suffix(String text, int at) {
        int i = suffixIndex(text, at);
        return i < 0 ? null : SUFFIX_MEANING[i];
    }

    /** Length of the qualifier that ends right before {@code numberStart}, 0 if none. */
    static int prefixLength(String text, int numberStart) {
        int i = prefixIndex(text, numberStart);
        return i < 0 ? 0 : PREFIXES[i].length();
    }

    static Qualifier prefix(String text, int numberStart) {
        int i = prefixIndex(text, numberStart);
        return i < 0 ? null : PREFIX_MEANING[i];
    }

    private static int suffixIndex(String text, int at) {
        if (at >= text.length() || SUFFIX_FIRSTS.indexOf(text.charAt(at)) < 0) {
            return -1;
        }
        for (int i = 0; i < SUFFIXES.length; i++) {
            if (text.startsWith(SUFFIXES[i], at)) {
                return i;
            }
        }
        return -1;
    }

    private static int prefixIndex(String text, int numberStart) {
        if (numberStart == 0 || PREFIX_LASTS.indexOf(text.charAt(numberStart - 1)) < 0) {
            return -1;
        }
        for (int i = 0; i < PREFIXES.length; i++) {
            int from = numberStart - PREFIXES[i].length();
            if (from >= 0 && text.startsWith(PREFIXES[i], from) && !partOfWord(text, from, PREFIXES[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The char at {@code index} of each word, counting from the end when negative. */
    private static String chars(String[] words, int index) {
        StringBuilder chars = new StringBuilder();
        for (String word : words) {
            chars.append(word.charAt(index < 0 ? word.length() + index : index));
        }
        return chars.toString();
    }

    private static boolean partOfWord(String text, int from, String prefix) {
        if (from == 0) {
            return false;
        }
        char before = text.charAt(from - 1);
        return prefix.equals("近") && NOT_BEFORE_NEAR.indexOf(before) >= 0
                || prefix.equals("约") && NOT_BEFORE_ABOUT.indexOf(before) >= 0;
    }
}
