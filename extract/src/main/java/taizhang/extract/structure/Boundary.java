package taizhang.extract.structure;

/** What precedes a list marker; the stronger, the likelier it opens a heading or a measure. */
enum Boundary {
    /** Mid-sentence: {@code 部署1.} when a line break was lost. */
    NONE,
    /** After a comma or an enumeration comma. */
    CLAUSE,
    /** After 。；：！？ */
    SENTENCE,
    /** At the start of the text or of a line. */
    LINE;

    /** Classifies the boundary before {@code at} in the normalised text, skipping spaces. */
    static Boundary before(String normalized, int at) {
        int j = at - 1;
        while (j >= 0 && (normalized.charAt(j) == ' ' || normalized.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0) {
            return LINE;
        }
        return switch (normalized.charAt(j)) {
            case '\n', '\r' -> LINE;
            case '。', ';', ':', '!', '?' -> SENTENCE;
            case ',', '、' -> CLAUSE;
            default -> NONE;
        };
    }

    boolean atLeast(Boundary other) {
        return compareTo(other) >= 0;
    }
}
