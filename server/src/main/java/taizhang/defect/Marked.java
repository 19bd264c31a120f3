package taizhang.defect;

import java.util.ArrayList;
import java.util.List;

/** A text cut into the stretches that are a defect's words and those that are not, for marking. */
public final class Marked {

    /** One stretch of the text. */
    public record Part(String text, boolean marked) {}

    private Marked() {}

    /** Every occurrence of each defect's words is marked; where two overlap, the one starting first wins. */
    public static List<Part> parts(String text, List<String> defects) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        int done = 0;
        while (done < text.length()) {
            int at = -1;
            String found = null;
            for (String d : defects == null ? List.<String>of() : defects) {
                int i = d.isEmpty() ? -1 : text.indexOf(d, done);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = d;
                }
            }
            if (found == null) {
                break;
            }
            if (at > done) {
                parts.add(new Part(text.substring(done, at), false));
            }
            parts.add(new Part(found, true));
            done = at + found.length();
        }
        if (done < text.length()) {
            parts.add(new Part(text.substring(done), false));
        }
        return parts;
    }
}
