package taizhang.extract.quantity;

import taizhang.extract.quantity.NumberReader.NumberToken;

/**
 * What the words around a number say it is not (gold FORMAT.md, "What is not a quantity"):
 * an ordinal ({@code 第九批}, {@code 前六轮}), a frequency ({@code 每月三次}), a code or
 * technical name ({@code 5G}, {@code PM2.5}, {@code G6}), a place name ({@code 五台山}).
 */
final class ContextRules {

    /** 前 starts an ordinal range (前六轮) unless it ends another word: 目前, 此前, 提前. */
    private static final String NOT_BEFORE_FRONT = "目当此之提以事空超年月日向";

    private static final String[] FREQUENCY_PERIODS = {"季度", "半年", "星期", "年", "月", "周", "天", "日", "季"};
    private static final String PLACE_SUFFIXES = "山区县市镇乡峡岛湖河路街";
    /** Measure words that count places, so 三个村 is a count, not a name. */
    private static final String PLACE_COUNTERS = "个处座所条片";

    /**
     * @param phraseEnd end of the number with its unit, where what follows is checked
     * @param start first char of the phrase, a leading qualifier included
     */
    boolean excludes(String text, NumberToken token, int phraseEnd, int start) {
        return ordinal(text, token.start())
                || frequency(text, start)
                || codeLike(text, token, phraseEnd)
                || placeName(text, token, phraseEnd);
    }

    private static boolean ordinal(String text, int numberStart) {
        if (numberStart == 0) {
            return false;
        }
        char before = text.charAt(numberStart - 1);
        return before == '第'
                || before == '前' && (numberStart < 2 || NOT_BEFORE_FRONT.indexOf(text.charAt(numberStart - 2)) < 0);
    }

    private static boolean frequency(String text, int start) {
        if (start > 0 && text.charAt(start - 1) == '每') {
            return true;
        }
        for (String period : FREQUENCY_PERIODS) {
            int at = start - period.length();
            if (at > 0 && text.charAt(at - 1) == '每' && text.startsWith(period, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean codeLike(String text, NumberToken token, int phraseEnd) {
        if (token.chinese()) {
            return false;
        }
        int s = token.start();
        boolean letterBefore = s > 0
                && (isAsciiLetter(text.charAt(s - 1))
                        || s > 1 && "-_#".indexOf(text.charAt(s - 1)) >= 0 && isAsciiLetter(text.charAt(s - 2)));
        boolean letterAfter =
                phraseEnd == token.end() && phraseEnd < text.length() && isAsciiLetter(text.charAt(phraseEnd));
        return letterBefore || letterAfter;
    }

    private static boolean placeName(String text, NumberToken token, int phraseEnd) {
        return token.chinese()
                && phraseEnd > token.end()
                && phraseEnd < text.length()
                && PLACE_SUFFIXES.indexOf(text.charAt(phraseEnd)) >= 0
                && PLACE_COUNTERS.indexOf(text.charAt(phraseEnd - 1)) < 0;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
