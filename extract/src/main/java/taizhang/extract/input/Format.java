package taizhang.extract.input;

/** The kinds of document that can be read; the label is what {@link DecodedText#format} carries. */
enum Format {
    TEXT("text"),
    HTML("html"),
    DOCX("docx"),
    DOC("doc"),
    PDF("pdf"),
    XLSX("xlsx"),
    XLS("xls");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
