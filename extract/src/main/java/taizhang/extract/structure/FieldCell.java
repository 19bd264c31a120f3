package taizhang.extract.structure;

/**
 * A table cell that belongs to a measure without being its text: the row's 责任单位, 完成时限….
 *
 * @param measureStart the start of the measure it belongs to
 * @param kind {@code lead}, {@code co}, {@code leader}, {@code person}, {@code deadline}, {@code progress},
 *     {@code target} or {@code note}, from the column's header
 * @param start offset of the cell's text
 * @param end offset after it
 */
public record FieldCell(int measureStart, String kind, int start, int end) {}
