/**
 * Input to text (读入): turns the bytes of a report — plain text in UTF-8, UTF-16, GBK, GB18030
 * or Big5, a web page, a Word DOCX or Word 97–2003 DOC, an Excel XLSX or XLS, or a PDF with a text layer — into the text that every offset
 * of the extraction points into, within {@link taizhang.extract.input.ReadLimits limits} of size,
 * nesting and time. {@link taizhang.extract.input.DocumentReader} is the entry point.
 */
package taizhang.extract.input;
