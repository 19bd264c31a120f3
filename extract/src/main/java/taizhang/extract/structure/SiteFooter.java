package taizhang.extract.structure;

/**
 * Finds where a web site's footer begins: copied pages end in lines like
 * {@code Copyright ◎ 2013-2022…版權所有 冀ICP備16014214號-2}, which are not report text.
 */
public final class SiteFooter {

    private static final String[] MARKS = {
        "copyright",
        "©",
        "◎",
        "版权所有",
        "版權所有",
        "icp备",
        "icp備",
        "icp证",
        "icp證",
        "公网安备",
        "公網安備",
        "技术支持",
        "技術支持",
        "主办单位",
        "主辦單位",
        "网站地图",
        "網站地圖"
    };
    /** Footers are short; a long last line is report text that merely mentions a copyright. */
    private static final int MAX_FOOTER_LINE = 300;

    private SiteFooter() {}

    /** The offset where the report body ends: the text's length when there is no footer. */
    public static int bodyEnd(String text) {
        int end = trimEnd(text, text.length());
        while (end > 0) {
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            if (end - lineStart > MAX_FOOTER_LINE || !isFooterLine(text.substring(lineStart, end))) {
                break;
            }
            end = trimEnd(text, lineStart);
        }
        return end == trimEnd(text, text.length()) ? text.length() : end;
    }

    private static boolean isFooterLine(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        for (String mark : MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
