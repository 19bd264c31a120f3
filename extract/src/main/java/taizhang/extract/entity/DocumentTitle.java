package taizhang.extract.entity;

/**
 * A document named in the text between 《 and 》.
 *
 * @param start offset of 《
 * @param end offset after 》
 * @param text as written, brackets included
 * @param title the name inside the brackets, in Simplified characters
 */
public record DocumentTitle(int start, int end, String text, String title) {}
