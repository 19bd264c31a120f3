package taizhang.extract.entity;

import java.util.ArrayList;
import java.util.List;

/** Finds document titles {@code 《…》}; a nested title belongs to the outer one. */
public final class TitleFinder {

    /** A 《 left open this long is a stray bracket, not a title. */
    private static final int MAX_TITLE = 200;

    private TitleFinder() {}

    public static List<DocumentTitle> find(String original, String normalized) {
        List<DocumentTitle> titles = new ArrayList<>();
        for (int open = normalized.indexOf('《'); open >= 0; open = normalized.indexOf('《', open + 1)) {
            int close = closing(normalized, open);
            if (close > 0) {
                titles.add(new DocumentTitle(
                        open, close + 1, original.substring(open, close + 1), normalized.substring(open + 1, close)));
                open = close;
            }
        }
        return titles;
    }

    private static int closing(String n, int open) {
        int depth = 0;
        int limit = Math.min(n.length(), open + MAX_TITLE);
        for (int i = open; i < limit; i++) {
            char c = n.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && --depth == 0) {
                return i;
            } else if (c == '\n' || c == '。') {
                return -1;
            }
        }
        return -1;
    }
}
