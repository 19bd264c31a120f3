package taizhang.extract.defect;

import java.util.ArrayList;
import java.util.List;

/**
 * Mixed script: pinyin glosses {@code (guān)} that copying sites paste after a char (one defect
 * per gloss), and runs of Simplified-only chars inside Traditional text.
 */
final class MixedScript {

    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final int MAX_GLOSS = 8;

    private MixedScript() {}

    static List<Defect> find(String original, String normalized, Script script) {
        List<Defect> defects = new ArrayList<>();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '(') {
                int end = glossEnd(normalized, i);
                if (end > 0) {
                    defects.add(defect(original, i, end));
                    i = end - 1;
                }
            } else if (script == Script.HANT && SimplifiedOnly.is(original.charAt(i))) {
                int end = i + 1;
                while (end < original.length() && SimplifiedOnly.is(original.charAt(end))) {
                    end++;
                }
                defects.add(defect(original, i, end));
                i = end - 1;
            }
        }
        return defects;
    }

    /** The end of {@code (guān)} at {@code open}: latin letters with a tone mark, or -1. */
    private static int glossEnd(String n, int open) {
        boolean toned = false;
        int i = open + 1;
        while (i < n.length() && i - open <= MAX_GLOSS) {
            char c = n.charAt(i);
            if (c == ')') {
                return toned && i > open + 1 ? i + 1 : -1;
            }
            boolean mark = TONE_MARKS.indexOf(c) >= 0;
            if (!mark && !(c >= 'a' && c <= 'z')) {
                return -1;
            }
            toned |= mark;
            i++;
        }
        return -1;
    }

    private static Defect defect(String original, int start, int end) {
        return new Defect(start, end, original.substring(start, end), DefectKind.MIXED_SCRIPT);
    }
}
