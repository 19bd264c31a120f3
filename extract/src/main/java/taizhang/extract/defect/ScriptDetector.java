package taizhang.extract.defect;

import taizhang.extract.text.Normalizer;

/**
 * Tells Traditional from Simplified text by counting chars that exist in one script only:
 * a char the normaliser folds ({@code 區}) is Traditional; a char no Traditional text uses
 * ({@link SimplifiedOnly}) is Simplified. Shared chars ({@code 干}, {@code 于}) count for neither.
 */
public final class ScriptDetector {

    /** Per char: which script it belongs to alone, decided once for all chars. */
    private static final byte NEITHER = 0;

    private static final byte SIMPLIFIED = 1;
    private static final byte TRADITIONAL = 2;
    private static final byte[] SCRIPT_OF = scriptTable();

    private ScriptDetector() {}

    public static Script detect(String original) {
        long traditional = 0;
        long simplified = 0;
        for (int i = 0; i < original.length(); i++) {
            byte script = SCRIPT_OF[original.charAt(i)];
            if (script == SIMPLIFIED) {
                simplified++;
            } else if (script == TRADITIONAL) {
                traditional++;
            }
        }
        return traditional > simplified ? Script.HANT : Script.HANS;
    }

    private static byte[] scriptTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (char c = '\u3400'; c <= '\u9fff'; c++) {
            if (SimplifiedOnly.is(c)) {
                table[c] = SIMPLIFIED;
            } else if (Normalizer.normalize(c) != c) {
                table[c] = TRADITIONAL;
            }
        }
        return table;
    }
}
