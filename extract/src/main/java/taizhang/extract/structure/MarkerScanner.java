package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every list marker in one pass over the normalised text (full-width brackets and commas
 * are ASCII there, so {@code （一）} and {@code (一)} look alike). Which markers really open a
 * section, problem or measure is decided later, from their numbering.
 */
final class MarkerScanner {

    /** The chars a marker can start with: a table, as the scan asks it of every char. */
    private static final boolean[] MAY_OPEN = mayOpen();

    private MarkerScanner() {}

    private static boolean[] mayOpen() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            table[c] = c == '(' || c >= '0' && c <= '9' || ChineseOrdinal.isNumeralChar(c) || c == '第' || isCircled(c);
        }
        return table;
    }

    static List<Marker> scan(String n) {
        return scan(n, 0, n.length());
    }

    /** The markers starting in {@code [from, to)}. */
    static List<Marker> scan(String n, int from, int to) {
        List<Marker> markers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!MAY_OPEN[n.charAt(i)]) {
                continue;
            }
            Marker m = markerAt(n, i);
            if (m != null) {
                markers.add(m);
                i = m.contentStart() - 1;
            }
        }
        return markers;
    }

    /** Where the text after a marker at {@code at} starts; {@code at} when none starts there. */
    static int scanOne(String n, int at) {
        Marker m = MAY_OPEN[n.charAt(at)] ? markerAt(n, at) : null;
        return m == null ? at : m.contentStart();
    }

    private static Marker markerAt(String n, int i) {
        char c = n.charAt(i);
        if (c == '(') {
            return parenthesised(n, i);
        } else if (c >= '0' && c <= '9') {
            return arabic(n, i);
        } else if (ChineseOrdinal.isNumeralChar(c)) {
            return chinese(n, i);
        } else if (c == '第') {
            return ordinal(n, i);
        } else if (isCircled(c)) {
            return new Marker(Marker.Style.CIRCLE, i, i + 1, c - '\u2460' + 1, Boundary.before(n, i));
        }
        return null;
    }

    /** {@code (一)} opens a section, {@code (1)} a problem. */
    private static Marker parenthesised(String n, int at) {
        int digits = digitRun(n, at + 1);
        if (digits > 0 && digits <= 3 && at(n, at + 1 + digits) == ')') {
            int number = Integer.parseInt(n, at + 1, at + 1 + digits, 10);
            return new Marker(Marker.Style.PROBLEM_PAREN, at, at + digits + 2, number, Boundary.before(n, at));
        }
        int len = ChineseOrdinal.length(n, at + 1);
        if (len > 0 && at(n, at + 1 + len) == ')') {
            int number = ChineseOrdinal.value(n, at + 1, at + 1 + len);
            return number > 0
                    ? new Marker(Marker.Style.SECTION_PAREN, at, at + len + 2, number, Boundary.before(n, at))
                    : null;
        }
        return null;
    }

    /** {@code 1.} or {@code 1、} followed by text, not by a digit (2.57 is a number, 1、2月 a list). */
    private static Marker arabic(String n, int at) {
        if (at > 0 && (Character.isDigit(n.charAt(at - 1)) || n.charAt(at - 1) == '.')) {
            return null;
        }
        int digits = digitRun(n, at);
        char sep = at(n, at + digits);
        if (digits > 3 || (sep != '.' && sep != '、') || Character.isDigit(at(n, at + digits + 1))) {
            return null;
        }
        int number = Integer.parseInt(n, at, at + digits, 10);
        return new Marker(Marker.Style.PROBLEM_DOT, at, at + digits + 1, number, Boundary.before(n, at));
    }

    /** {@code 一、} opens a section, {@code 一是} a measure. */
    private static Marker chinese(String n, int at) {
        if (at > 0 && (ChineseOrdinal.isNumeralChar(n.charAt(at - 1)) || n.charAt(at - 1) == '第')) {
            return null;
        }
        int len = ChineseOrdinal.length(n, at);
        char next = at(n, at + len);
        // Most numerals in running text (一批, 三个) are no marker: the char after tells at once.
        int number = next == '是' || next == '、' || next == '.' ? ChineseOrdinal.value(n, at, at + len) : -1;
        if (number <= 0) {
            return null;
        }
        if (next == '是') {
            return new Marker(Marker.Style.MEASURE_IS, at, at + len + 1, number, Boundary.before(n, at));
        }
        if ((next == '、' || next == '.') && !ChineseOrdinal.isNumeralChar(at(n, at + len + 1))) {
            return new Marker(Marker.Style.SECTION_COMMA, at, at + len + 1, number, Boundary.before(n, at));
        }
        return null;
    }

    /** {@code 第一，} opens a measure. */
    private static Marker ordinal(String n, int at) {
        int len = ChineseOrdinal.length(n, at + 1);
        char next = at(n, at + 1 + len);
        if (len == 0 || (next != ',' && next != '、')) {
            return null;
        }
        int number = ChineseOrdinal.value(n, at + 1, at + 1 + len);
        return number > 0
                ? new Marker(Marker.Style.MEASURE_ORDINAL, at, at + len + 2, number, Boundary.before(n, at))
                : null;
    }

    /** ① to ⑳. */
    private static boolean isCircled(char c) {
        return c >= '\u2460' && c <= '\u2473';
    }

    private static int digitRun(String n, int from) {
        int i = from;
        while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static char at(String n, int i) {
        return i < n.length() ? n.charAt(i) : '\0';
    }
}
