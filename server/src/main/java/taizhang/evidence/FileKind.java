package taizhang.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types evidence may have, each recognised by its content as well as its name: a
 * renamed executable is not a PDF because it is called {@code .pdf}. Word and Excel files are
 * ZIP packages told apart by the part names, which ZIP stores uncompressed.
 */
enum FileKind {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    /** Word 97–2003, as offices and WPS still save their documents. */
    DOC("application/msword", List.of("doc")),
    XLS("application/vnd.ms-excel", List.of("xls")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png"));

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OLE2 compound file, the container of .doc and .xls; its stream names are UTF-16LE. */
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<FileKind> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.extensions.contains(extension))
                .findFirst();
    }

    /** True when the bytes are a file of this kind. */
    boolean matches(byte[] bytes) {
        return switch (this) {
            case PDF -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(bytes, PNG_MAGIC);
            case JPEG ->
                bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
            case DOCX -> startsWith(bytes, ZIP) && contains(bytes, "word/document.xml");
            case XLSX -> startsWith(bytes, ZIP) && contains(bytes, "xl/workbook.xml");
            case DOC -> startsWith(bytes, OLE2) && contains(bytes, utf16("WordDocument"));
            case XLS ->
                startsWith(bytes, OLE2) && (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book")));
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String utf16(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append(c).append('\0');
        }
        return s.toString();
    }

    private static boolean contains(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
