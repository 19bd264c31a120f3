package taizhang.extract.structure;

/**
 * A group of problems headed {@code （一）…}, {@code (一)…} or {@code 一、…}.
 *
 * @param label the header's label as written, e.g. {@code (一)}
 * @param title the header's text after the label, line breaks removed
 * @param start offset of the label
 * @param end offset where the section's text ends (the next section or the end of the report)
 */
public record Section(String label, String title, int start, int end) {}
