package taizhang.extract.structure;

/**
 * Tells whether a text's line breaks mark paragraphs or were put in by a layout (a PDF's
 * hard wraps, a page that breaks after every clause). Only paragraph breaks end a title.
 */
final class LineBreaks {

    private static final int MIN_BREAKS = 3;

    private LineBreaks() {}

    static boolean areHardWraps(String normalized) {
        int breaks = 0;
        int paragraphBreaks = 0;
        for (int i = normalized.indexOf('\n'); i >= 0; i = normalized.indexOf('\n', i + 1)) {
            breaks++;
            if (endsSentence(normalized, i) || opensItem(normalized, i)) {
                paragraphBreaks++;
            }
        }
        return breaks >= MIN_BREAKS && paragraphBreaks * 2 < breaks;
    }

    private static boolean endsSentence(String n, int lineBreak) {
        int j = lineBreak - 1;
        while (j >= 0 && Character.isWhitespace(n.charAt(j))) {
            j--;
        }
        return j < 0 || "。;:!?\")".indexOf(n.charAt(j)) >= 0;
    }

    private static boolean opensItem(String n, int lineBreak) {
        int j = lineBreak + 1;
        while (j < n.length() && Character.isWhitespace(n.charAt(j))) {
            j++;
        }
        if (j >= n.length()) {
            return true;
        }
        char c = n.charAt(j);
        return c == '(' || c == '第' || Character.isDigit(c) || ChineseOrdinal.isNumeralChar(c);
    }
}
