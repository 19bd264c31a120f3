package taizhang.extract.defect;

import java.util.List;

/** Finds defects. */
public final class DefectFinder {

    private DefectFinder() {
    }

    public static List<Defect> find(String original, String normalized, Script script) {
        return List.of();
    }
}
