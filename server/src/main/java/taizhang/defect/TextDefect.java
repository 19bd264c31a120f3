package taizhang.defect;

import java.time.Instant;

/**
 * A text defect attached to a measure.
 *
 * @param kind the reader's code: {@code missing-number}, {@code typo}, {@code mixed-script}
 * @param text the words as they stand in the measure's text
 * @param source where it was found: the imported file's name
 * @param open not checked, and its words still stand in the measure's title or text
 */
public record TextDefect(
        long id,
        long measureId,
        String kind,
        String text,
        String source,
        Instant foundAt,
        Instant checkedAt,
        String checkedBy,
        boolean open) {

    /** The kind as the office reads it. */
    public String label() {
        return switch (kind) {
            case "missing-number" -> "数字缺失";
            case "typo" -> "错别字";
            case "mixed-script" -> "繁简或拼音混杂";
            default -> "文字疑点";
        };
    }

    /** Why a defect no longer shows: checked by someone, or corrected in the text. */
    public String state() {
        if (open) {
            return "待处理";
        }
        return checkedAt != null ? "已核对（" + checkedBy + "）" : "已改正";
    }
}
