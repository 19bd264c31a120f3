package taizhang.extract;

/**
 * How the text was obtained from the bytes.
 *
 * @param format text, html, docx, doc, xlsx, xls or pdf
 * @param charset the detected or declared charset for text and HTML, null otherwise
 */
public record Source(String format, String charset) {}
