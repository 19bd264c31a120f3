package taizhang.extract.structure;

/**
 * One measure (整改措施) reported for a problem: {@code 一是全面落实主体责任。…}.
 *
 * @param ordinal its place in the list ({@code 二是} → 2)
 * @param title the phrase after the marker up to the first {@code 。}, in the text's own script
 * @param start offset of the marker ({@code 一是}, {@code 第一，})
 * @param end offset where its text ends: the next measure, problem or section, trailing line breaks excluded
 * @param text the measure's whole text, from its marker to {@code end}, as the ledger stores it
 */
public record Measure(int ordinal, String title, int start, int end, String text) {}
