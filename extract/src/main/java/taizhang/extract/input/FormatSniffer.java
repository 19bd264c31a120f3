package taizhang.extract.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Tells what a file is from its first bytes, because names and media types lie (a GBK page
 * saved as {@code .txt}, a scan renamed to {@code .docx}). The name and media type only break
 * ties the bytes leave open: markup without a doctype, or a declared type the bytes do not match.
 */
final class FormatSniffer {

    private static final int PREFIX = 1024;
    private static final String SUPPORTED = "可以导入纯文本、网页（HTML）、Word（DOCX/DOC）、Excel（XLSX/XLS）或 PDF 文件。";

    Format sniff(byte[] bytes, String fileName, String mediaType) {
        NameHint hint = NameHint.of(fileName, mediaType);
        // Readers accept junk before the PDF header; a text that merely mentions "%PDF-" must not count.
        int pdfHeader = indexOf(bytes, ascii("%PDF-"), 0, Math.min(bytes.length, PREFIX));
        if (pdfHeader == 0 || (pdfHeader > 0 && hint == NameHint.PDF)) {
            return Format.PDF;
        }
        if (ByteOrderMark.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)
                || ByteOrderMark.startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return sniffZip(bytes);
        }
        if (ByteOrderMark.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return sniffOle2(bytes);
        }
        rejectKnownBinary(bytes, hint);
        String head = prefixText(bytes);
        if (looksLikeHtml(head) || (hint == NameHint.HTML && head.startsWith("<"))) {
            return Format.HTML;
        }
        if (head.startsWith("<?xml")) {
            throw unsupported("XML 数据文件", "XML without an HTML root");
        }
        if (hint == NameHint.DOCX || hint == NameHint.PDF) {
            throw new ExtractionException(
                    Kind.MALFORMED,
                    "文件名或类型标明是 " + hint.label()
                            + "，但内容不是 " + hint.label() + "：文件可能已损坏、被截断或扩展名有误。"
                            + " (content does not match the declared " + hint.label() + " type)");
        }
        return Format.TEXT;
    }

    private static Format sniffZip(byte[] bytes) {
        if (contains(bytes, "word/") && (contains(bytes, "[Content_Types].xml") || contains(bytes, "word/document"))) {
            return Format.DOCX;
        }
        if (contains(bytes, "xl/workbook") || contains(bytes, "xl/worksheets")) {
            return Format.XLSX;
        }
        if (contains(bytes, "ppt/presentation") || contains(bytes, "ppt/slides")) {
            throw unsupported("PowerPoint 演示文稿（.pptx）", "PPTX presentation");
        }
        if (contains(bytes, "OFD.xml")) {
            throw unsupported("OFD 版式文件，请导出为 PDF 后再导入", "OFD document");
        }
        if (contains(bytes, "application/vnd.oasis.opendocument")) {
            throw unsupported("OpenDocument 文件（.odt/.ods），请另存为 DOCX 后再导入", "OpenDocument file");
        }
        throw unsupported("ZIP 压缩包，请解压后导入其中的文件", "ZIP archive without a Word document");
    }

    /**
     * An OLE2 compound file is told by the streams at its root, whatever its name: Word 97–2003
     * (and WPS) keep the text in {@code WordDocument}, Excel in {@code Workbook} ({@code Book} before
     * Excel 97), and a password-protected DOCX or XLSX is an {@code EncryptedPackage} in one. Another
     * document stored inside (an Excel chart in a Word file) sits deeper, not at the root.
     */
    private static Format sniffOle2(byte[] bytes) {
        Set<String> streams = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            for (Entry entry : fs.getRoot()) {
                streams.add(entry.getName().toLowerCase(Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(
                    Kind.MALFORMED,
                    "Office 文件（Word .doc 或 Excel .xls）已损坏或被截断，无法读取。 (broken OLE2 container: "
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (streams.contains("encryptedpackage")) {
            throw new ExtractionException(
                    Kind.ENCRYPTED, "这个 Word 文档已加密，需要密码才能打开，请取消密码保护后再导入。" + " (password-protected Office document)");
        }
        if (streams.contains("worddocument")) {
            return Format.DOC;
        }
        if (streams.contains("workbook") || streams.contains("book")) {
            return Format.XLS;
        }
        if (streams.contains("powerpoint document")) {
            throw unsupported("PowerPoint 演示文稿（.ppt），请另存为 PDF 后再导入", "PPT presentation");
        }
        throw unsupported(
                "这种旧版 Office/WPS 文件（不是 Word 或 Excel 文档），请在 WPS 或 Word 中另存为 .docx 后再导入",
                "OLE2 file without a Word or Excel stream");
    }

    private static void rejectKnownBinary(byte[] bytes, NameHint hint) {
        if (ByteOrderMark.startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            throw image("PNG");
        }
        if (ByteOrderMark.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            throw image("JPEG");
        }
        if (ByteOrderMark.startsWith(bytes, 'G', 'I', 'F', '8')) {
            throw image("GIF");
        }
        if (ByteOrderMark.startsWith(bytes, 'I', 'I', 0x2A, 0x00)
                || ByteOrderMark.startsWith(bytes, 'M', 'M', 0x00, 0x2A)) {
            throw image("TIFF");
        }
        if (ByteOrderMark.startsWith(bytes, 'R', 'I', 'F', 'F')
                && indexOf(bytes, ascii("WEBP"), 8, Math.min(bytes.length, 16)) == 8) {
            throw image("WebP");
        }
        if (ByteOrderMark.startsWith(bytes, 'B', 'M') && hint == NameHint.IMAGE) {
            throw image("BMP");
        }
        if (ByteOrderMark.startsWith(bytes, 0x1F, 0x8B)
                || ByteOrderMark.startsWith(bytes, 'R', 'a', 'r', '!')
                || ByteOrderMark.startsWith(bytes, '7', 'z', 0xBC, 0xAF)) {
            throw unsupported("压缩包，请解压后导入其中的文件", "compressed archive");
        }
        if (ByteOrderMark.startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            throw unsupported("RTF 文档，请另存为 DOCX 后再导入", "RTF document");
        }
        if (ByteOrderMark.startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            throw unsupported("可执行程序", "ELF executable");
        }
    }

    private static ExtractionException image(String type) {
        return unsupported(type + " 图片，图片里的文字需要先做文字识别（OCR）", type + " image");
    }

    private static ExtractionException unsupported(String what, String english) {
        return new ExtractionException(
                Kind.UNSUPPORTED_TYPE, "不支持的文件类型：" + what + "。" + SUPPORTED + " (unsupported type: " + english + ")");
    }

    static boolean looksLikeHtml(String head) {
        if (!head.startsWith("<")) {
            return false;
        }
        for (String tag : new String[] {
            "<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<p ", "<table", "<frameset"
        }) {
            if (head.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The start of the file as lower-case text, enough to see markup; non-ASCII bytes do not matter here. */
    private static String prefixText(byte[] bytes) {
        int n = Math.min(bytes.length, PREFIX);
        String text;
        if (ByteOrderMark.startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
        } else if (ByteOrderMark.startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
        } else {
            text = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        int start = 0;
        while (start < text.length() && isSkippable(text.charAt(start))) {
            start++;
        }
        return text.substring(start).toLowerCase(Locale.ROOT);
    }

    private static boolean isSkippable(char c) {
        // The UTF-8 BOM read as Latin-1 is ï » ¿.
        return Character.isWhitespace(c) || c == '\uFEFF' || c == 'ï' || c == '»' || c == '¿';
    }

    private static boolean contains(byte[] bytes, String ascii) {
        return indexOf(bytes, ascii(ascii), 0, bytes.length) >= 0;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        int last = to - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
