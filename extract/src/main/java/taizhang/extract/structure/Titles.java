package taizhang.extract.structure;

import taizhang.extract.text.Normalizer;

/** Cuts headings' titles out of the original text: the phrase up to the first {@code 。}. */
final class Titles {

    /** A title with no full stop for this long is a heading that never closed; cut it. */
    private static final int MAX_TITLE = 200;

    private final String original;
    private final String normalized;
    private final boolean hardWraps;

    Titles(String original, String normalized, boolean hardWraps) {
        this.original = original;
        this.normalized = normalized;
        this.hardWraps = hardWraps;
    }

    boolean hardWraps() {
        return hardWraps;
    }

    /** The title starting at {@code from}, ending at a full stop, a paragraph break or {@code limit}. */
    String title(int from, int limit) {
        int start = from;
        while (start < limit && Character.isWhitespace(normalized.charAt(start))) {
            start++;
        }
        int end = Math.min(limit, start + MAX_TITLE);
        for (int i = start; i < end; i++) {
            char c = normalized.charAt(i);
            if (c == '。' || (c == '\n' && !hardWraps)) {
                end = i;
                break;
            }
        }
        return clean(start, end);
    }

    /** The end of a span with its trailing whitespace and line breaks left out. */
    int trimEnd(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(normalized.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    String text(int start, int end) {
        return original.substring(start, end);
    }

    private String clean(int start, int end) {
        StringBuilder title = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            if (c != '\n' && c != '\r') {
                title.append(c);
            }
        }
        int len = title.length();
        while (len > 0 && isTrailingJunk(title.charAt(len - 1))) {
            len--;
        }
        title.setLength(len);
        return title.toString().strip();
    }

    private static boolean isTrailingJunk(char c) {
        char n = Normalizer.normalize(c);
        return Character.isWhitespace(n) || n == ',' || n == ';' || n == ':' || n == '、';
    }
}
