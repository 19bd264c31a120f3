package taizhang.extract.defect;

import taizhang.extract.text.Normalizer;

/**
 * Tells Traditional from Simplified text by counting chars that exist in one script only:
 * a char the normaliser folds ({@code 區}) is Traditional; a char no Traditional text uses
 * ({@link SimplifiedOnly}) is Simplified. Shared chars ({@code 干}, {@code 于}) count for neither.
 */
public final class ScriptDetector {

    private ScriptDetector() {
    }

    public static Script detect(String original) {
        long traditional = 0;
        long simplified = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c < '\u3400' || c > '\u9fff') {
                continue;
            }
            if (SimplifiedOnly.is(c)) {
                simplified++;
            } else if (Normalizer.normalize(c) != c) {
                traditional++;
            }
        }
        return traditional > simplified ? Script.HANT : Script.HANS;
    }
}
