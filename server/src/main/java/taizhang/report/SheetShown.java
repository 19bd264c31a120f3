package taizhang.report;

import java.util.Collection;
import taizhang.shared.ChineseScript;

/** Values as a sheet's cells and its error list show them, and texts compared as a spreadsheet keeps them. */
final class SheetShown {

    private SheetShown() {}

    /** Units joined as the sheet joins them, a date as 2021-12-31, nothing as 空. */
    static String value(Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || "".equals(value)) {
            return "空";
        }
        if (value instanceof Collection<?> c) {
            return String.join(
                    LedgerColumn.LIST_SEPARATOR, c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    static String excerpt(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Equal but for the blanks around them and the line-end style (Excel may turn \n into \r\n and back). */
    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /**
     * {@link #same}, or the same in the other script: a cell of a ledger exported in Traditional
     * characters says what the Simplified text it was exported from says (and the other way round).
     */
    static boolean sameInEitherScript(String a, String b) {
        return same(a, b) || ChineseScript.simplified(normal(a)).equals(ChineseScript.simplified(normal(b)));
    }

    private static String normal(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
