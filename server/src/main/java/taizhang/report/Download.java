package taizhang.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The headers of a file download: its type, and a Content-Disposition that names it in UTF-8
 * (RFC 6266 {@code filename*}) with a plain ASCII name first for clients that know no better.
 */
public record Download(MediaType type, String fileName, String asciiName) {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        return headers;
    }

    public static Download xlsx(String fileName, String asciiName) {
        return new Download(XLSX, fileName + ".xlsx", asciiName + ".xlsx");
    }

    public static Download docx(String fileName, String asciiName) {
        return new Download(DOCX, fileName + ".docx", asciiName + ".docx");
    }
}
