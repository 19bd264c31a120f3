package taizhang.extract.input;

/**
 * A document turned into text.
 *
 * @param text the report text, into which every offset of the extraction points
 * @param format what the bytes were: text, html, docx or pdf
 * @param charset the detected or declared charset for text and HTML, null for DOCX and PDF
 */
public record DecodedText(String text, String format, String charset) {}
