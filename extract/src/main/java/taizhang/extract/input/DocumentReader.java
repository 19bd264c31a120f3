package taizhang.extract.input;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Turns the bytes of a report (plain text, web page, Word DOCX or DOC, Excel or PDF) into the text that every
 * offset of the extraction points into. Whatever goes wrong, only an {@link ExtractionException}
 * leaves: a message for a person, a kind for code.
 */
public final class DocumentReader {

    private static final int REASON_CHARS = 200;
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)");

    private final ReadLimits limits;
    private final FormatSniffer sniffer = new FormatSniffer();
    private final TextDecoder textDecoder = new TextDecoder();
    private final HtmlReader htmlReader = new HtmlReader();
    private final DocxReader docxReader = new DocxReader();
    private final DocReader docReader = new DocReader();
    private final PdfReader pdfReader = new PdfReader();
    private final SheetReader sheetReader = new SheetReader();

    public DocumentReader() {
        this(ReadLimits.defaults());
    }

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * @param fileName optional, used with the bytes themselves to tell the format
     * @param mediaType optional; a {@code charset} parameter is taken as the page's declared charset
     * @throws ExtractionException whatever is wrong with the input, with a message for a person
     */
    public DecodedText read(byte[] bytes, String fileName, String mediaType) {
        if (bytes == null || bytes.length == 0) {
            throw new ExtractionException(Kind.EMPTY, "文件为空，没有任何内容。 (empty input)");
        }
        if (bytes.length > limits.maxInputBytes()) {
            throw new ExtractionException(
                    Kind.TOO_LARGE,
                    "文件过大：" + megabytes(bytes.length) + "，上限为 "
                            + megabytes(limits.maxInputBytes()) + "。 (input of " + bytes.length + " bytes exceeds "
                            + limits.maxInputBytes() + ")");
        }
        return Deadline.run(() -> readGuarded(bytes, fileName, mediaType), limits.timeout());
    }

    public DecodedText read(byte[] bytes) {
        return read(bytes, null, null);
    }

    /** Runs on the deadline thread; every failure of a library becomes a typed error here. */
    private DecodedText readGuarded(byte[] bytes, String fileName, String mediaType) {
        Format format = null;
        try {
            format = sniffer.sniff(bytes, fileName, mediaType);
            return checkLength(readAs(format, bytes, mediaType));
        } catch (ExtractionException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            // A legacy Word or Excel file keeps its password protection inside its own streams.
            throw new ExtractionException(
                    Kind.ENCRYPTED, "这个文件已加密，需要密码才能打开，请取消密码保护后再导入。 (password-protected document)", e);
        } catch (OldFileFormatException e) {
            throw new ExtractionException(
                    Kind.UNSUPPORTED_TYPE,
                    "不支持的文件类型：Word 6.0/95 或 Excel 5.0/95 等更早版本的文件，请在 Word、Excel 或 WPS 中另存为 .docx 或 .xlsx 后再导入。"
                            + " (Office 95 or older file)",
                    e);
        } catch (StackOverflowError e) {
            throw new ExtractionException(Kind.TOO_COMPLEX, "文件结构嵌套过深，无法读取。 (stack overflow while parsing)");
        } catch (OutOfMemoryError e) {
            throw new ExtractionException(Kind.TOO_LARGE, "文件展开后占用内存过多，无法读取。 (out of memory while parsing)");
        } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
            throw malformed(format, e);
        }
    }

    private DecodedText readAs(Format format, byte[] bytes, String mediaType) throws IOException {
        return switch (format) {
            case PDF -> pdfReader.read(bytes);
            case DOCX -> docxReader.read(bytes, limits);
            case DOC -> docReader.read(bytes, limits);
            case HTML -> htmlReader.read(bytes, mediaType, limits);
            case TEXT -> readText(bytes);
            case XLSX -> sheetReader.read(bytes, limits, false);
            case XLS -> sheetReader.read(bytes, limits, true);
        };
    }

    private DecodedText readText(byte[] bytes) {
        Decoded decoded = textDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new ExtractionException(Kind.EMPTY, "文件中只有空白，没有文字。 (text is blank)");
        }
        return new DecodedText(decoded.text(), Format.TEXT.label(), decoded.charset());
    }

    private DecodedText checkLength(DecodedText text) {
        if (text.text().length() > limits.maxTextChars()) {
            throw new ExtractionException(
                    Kind.TOO_LARGE,
                    "文件中的文字过多：超过 " + limits.maxTextChars() + " 个字符的上限。 (decoded text of "
                            + text.text().length() + " chars)");
        }
        return text;
    }

    private static ExtractionException malformed(Format format, Throwable cause) {
        String reason = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getMessage() + ", " + cause.getClass().getSimpleName();
        // Library messages quote class names; a person needs the reason, not the package.
        reason = QUALIFIED_NAME
                .matcher(reason.substring(0, Math.min(reason.length(), 2 * REASON_CHARS)))
                .replaceAll("$1");
        if (reason.length() > REASON_CHARS) {
            reason = reason.substring(0, REASON_CHARS) + "…";
        }
        if (reason.contains("Zip bomb") || reason.contains("exceed the max allowed")) {
            return new ExtractionException(Kind.TOO_LARGE, "Word 文档解压后过大，疑似“压缩炸弹”，无法读取。 (" + reason + ")", cause);
        }
        String what = format == null
                ? "文件"
                : switch (format) {
                    case PDF -> "PDF 文件";
                    case DOCX, DOC -> "Word 文档";
                    case HTML -> "网页文件";
                    case TEXT -> "文本文件";
                    case XLSX, XLS -> "Excel 表格";
                };
        return new ExtractionException(Kind.MALFORMED, what + "已损坏或格式不正确，无法读取。 (" + reason + ")", cause);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
