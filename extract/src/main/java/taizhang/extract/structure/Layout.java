package taizhang.extract.structure;

/** How a report lays out its problems and measures; the parser that read it says which. */
public enum Layout {
    /** Numbered problems ({@code 1.}) with {@code 一是/二是} measures in their text, as the seed. */
    NUMBERED("numbered"),
    /** Numbered headings on two or three levels ({@code 一、} → {@code （一）} → {@code 1.}), measures run in, labelled or as paragraphs. */
    LEVELS("levels"),
    /** Problems listed first, then measures numbered to match them. */
    LISTED_THEN_MEASURES("listed-then-measures"),
    /** Unnumbered labelled blocks: {@code 存在问题：…整改措施：…}. */
    LABELLED("labelled"),
    /** A table with a header row: 序号, 问题, 整改措施, 责任单位… */
    TABLE("table"),
    /** Nothing recognisable: one problem per heading or paragraph, for the office to edit. */
    PARAGRAPHS("paragraphs"),
    /** No text to read. */
    NONE("none");

    private final String code;

    Layout(String code) {
        this.code = code;
    }

    /** The name used in JSON and in the evaluation. */
    public String code() {
        return code;
    }
}
