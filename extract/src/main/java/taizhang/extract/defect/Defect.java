package taizhang.extract.defect;

/**
 * A place where the text is broken as data: {@code 受理辦件件} lost its number.
 *
 * @param start offset of the first char
 * @param end offset after the last char
 * @param text as written
 */
public record Defect(int start, int end, String text, DefectKind kind) {}
