package taizhang.extract.defect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the places where a report's text is broken as data. */
public final class DefectFinder {

    private DefectFinder() {}

    /**
     * @param original the report body
     * @param normalized its normalised view
     * @param script the body's script; Simplified-only chars are defects in Traditional text only
     */
    public static List<Defect> find(String original, String normalized, Script script) {
        List<Defect> defects = new ArrayList<>(MissingNumber.find(original, normalized));
        defects.addAll(MixedScript.find(original, normalized, script));
        defects.addAll(Typo.find(original, normalized));
        defects.sort(Comparator.comparingInt(Defect::start));
        return defects;
    }
}
