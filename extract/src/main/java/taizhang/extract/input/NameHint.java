package taizhang.extract.input;

import java.util.Locale;

/** What the caller said the file is, from its name or media type. */
enum NameHint {
    NONE(""),
    HTML("HTML"),
    DOCX("DOCX"),
    PDF("PDF"),
    IMAGE("image");

    private final String label;

    NameHint(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static NameHint of(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")
                || name.endsWith(".htm")
                || name.endsWith(".shtml")
                || name.endsWith(".xhtml")
                || type.startsWith("text/html")
                || type.startsWith("application/xhtml")) {
            return HTML;
        }
        if (name.endsWith(".docx") || type.contains("wordprocessingml")) {
            return DOCX;
        }
        if (name.endsWith(".pdf") || type.startsWith("application/pdf")) {
            return PDF;
        }
        if (name.endsWith(".bmp") || type.startsWith("image/")) {
            return IMAGE;
        }
        return NONE;
    }
}
