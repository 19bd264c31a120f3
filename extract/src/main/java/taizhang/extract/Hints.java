package taizhang.extract;

/**
 * What the caller knows about a document besides its bytes.
 *
 * @param fileName optional; helps tell the format (and names the document in the report)
 * @param mediaType optional, as declared by an upload or a web server
 * @param reportYear optional; the year that relative dates (今年以来, 1—8月) belong to. When null
 *     the year is inferred from the text.
 */
public record Hints(String fileName, String mediaType, Integer reportYear) {

    public static Hints none() {
        return new Hints(null, null, null);
    }

    public static Hints ofFile(String fileName) {
        return new Hints(fileName, null, null);
    }

    public Hints withReportYear(Integer year) {
        return new Hints(fileName, mediaType, year);
    }
}
