package taizhang.extract.quantity;

import java.util.Arrays;

/**
 * Stretches of text whose numbers are names, not amounts: document titles in {@code 《…》}
 * and short quoted slogans ({@code "两个屏障"}, {@code "一核双星多节点"}, {@code "最多跑一次"}).
 * A long quotation is ordinary prose and keeps its quantities.
 */
final class ShieldedRegions {

    /** Quoted text longer than this is a quotation, not a slogan. */
    private static final int SLOGAN_MAX = 12;
    /** A quote left open this long is not a pair; stop looking for its end. */
    private static final int QUOTE_SEARCH = 400;

    private int[] bounds = new int[16];
    private int size;

    private ShieldedRegions() {}

    /** Regions of the normalised view, where all double quotes are {@code "}. */
    static ShieldedRegions of(String text) {
        ShieldedRegions regions = new ShieldedRegions();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '《') {
                i = regions.addTitle(text, i);
            } else if (c == '"') {
                i = regions.addQuote(text, i);
            } else {
                i++;
            }
        }
        return regions;
    }

    private int addTitle(String text, int open) {
        int depth = 0;
        int i = open;
        for (; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            depth += c == '《' ? 1 : c == '》' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        add(open, i);
        return i + 1;
    }

    private int addQuote(String text, int open) {
        int limit = Math.min(text.length(), open + 1 + QUOTE_SEARCH);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '"') {
                if (i - open - 1 <= SLOGAN_MAX) {
                    add(open, i);
                }
                return i + 1;
            }
        }
        return open + 1;
    }

    private void add(int from, int to) {
        if (size + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[size++] = from;
        bounds[size++] = to;
    }

    /** Whether {@code at} lies in a region; regions are added in order, so a binary search finds it. */
    boolean contains(int at) {
        int lo = 0;
        int hi = size / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds[2 * mid + 1] < at) {
                lo = mid + 1;
            } else if (bounds[2 * mid] > at) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
