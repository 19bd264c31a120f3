package taizhang.extract.structure;

/**
 * A list marker found in the text: {@code (一)}, {@code 1.}, {@code 二是}.
 *
 * @param style which family of markers it belongs to
 * @param start offset of its first char
 * @param contentStart offset right after it, where the heading or measure text begins
 * @param number the number it carries
 * @param boundary what precedes it
 */
record Marker(Style style, int start, int contentStart, int number, Boundary boundary) {

    enum Style {
        /** {@code (一)} or {@code （一）}: a section. */
        SECTION_PAREN,
        /** {@code 一、}: a section. */
        SECTION_COMMA,
        /** {@code 1.} or {@code 1、}: a problem. */
        PROBLEM_DOT,
        /** {@code (1)} or {@code （1）}: a problem. */
        PROBLEM_PAREN,
        /** {@code 一是}: a measure. */
        MEASURE_IS,
        /** {@code 第一，}: a measure. */
        MEASURE_ORDINAL,
        /** {@code ①}: the deepest list level of official documents. */
        CIRCLE,
        /** A line that is only a label ({@code 存在问题：}, {@code 整改措施}): heads a block, carries no number. */
        LABEL;

        /**
         * The place of the style in the customary order of official documents (一、 → （一） → 1. →
         * （1） → ① → 一是): a marker nests only under markers of a lower rank.
         */
        int rank() {
            return switch (this) {
                case LABEL -> 0;
                case SECTION_COMMA -> 1;
                case SECTION_PAREN -> 2;
                case PROBLEM_DOT -> 3;
                case PROBLEM_PAREN -> 4;
                case CIRCLE -> 5;
                case MEASURE_IS, MEASURE_ORDINAL -> 6;
            };
        }
    }
}
