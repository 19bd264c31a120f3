package taizhang.defect;

import java.util.List;

/**
 * The measure page's 文字疑点 panel.
 *
 * @param office whether the reader may correct or check them
 */
public record DefectPanel(long measureId, List<Item> defects, boolean office) {

    /** A defect with the words around it in the measure's text. */
    public record Item(TextDefect defect, String before, String after) {}

    public boolean anyOpen() {
        return defects.stream().anyMatch(i -> i.defect().open());
    }
}
