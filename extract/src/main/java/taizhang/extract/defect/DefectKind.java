package taizhang.extract.defect;

/** The kinds of the gold format (FORMAT.md). */
public enum DefectKind {
    /** A measure word or unit with no number: {@code 受理辦件件}. */
    MISSING_NUMBER("missing-number"),
    /** A miswritten word ({@code 必須品}, {@code 保障標注}); garbled or lost characters are not detected. */
    TYPO("typo"),
    /** A pinyin gloss {@code (guān)} or a Simplified-only character in Traditional text. */
    MIXED_SCRIPT("mixed-script");

    private final String code;

    DefectKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
