package taizhang.extract.entity;

/** Bounds-safe reading of the normalised text for the hand-written scanners. */
final class Cursor {

    private final String text;

    Cursor(String text) {
        this.text = text;
    }

    int length() {
        return text.length();
    }

    /** The char at {@code i}, or NUL past either end. */
    char charAt(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    boolean startsWith(int i, String phrase) {
        return i >= 0 && text.startsWith(phrase, i);
    }

    /** How many ASCII digits start at {@code i}, counting at most five. */
    int digits(int i) {
        int n = 0;
        while (n < 5 && charAt(i + n) >= '0' && charAt(i + n) <= '9') {
            n++;
        }
        return n;
    }

    int number(int i, int digits) {
        return Integer.parseInt(text, i, i + digits, 10);
    }

    boolean isRangeSign(int i) {
        char c = charAt(i);
        return c == '-' || c == '~' || c == '至' || c == '到';
    }
}
