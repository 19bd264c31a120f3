package taizhang.assessment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import taizhang.shared.Dates;

/** The assessment's downloads: the workbook and the 考核结果通报, named in UTF-8 (RFC 6266). */
@Component
class AssessmentExports {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Clock clock;

    AssessmentExports(Clock clock) {
        this.clock = clock;
    }

    ResponseEntity<byte[]> sheet(Assessment a) {
        return download(XLSX, a.year() + "年度考核结果.xlsx", "assessment-" + a.year() + ".xlsx", AssessmentSheet.write(a));
    }

    ResponseEntity<byte[]> notice(Assessment a) {
        String date = Dates.written(LocalDate.now(clock));
        return download(
                DOCX,
                a.year() + "年度考核结果通报.docx",
                "assessment-notice-" + a.year() + ".docx",
                AssessmentDocx.write(a, date));
    }

    private static ResponseEntity<byte[]> download(MediaType type, String name, String ascii, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        return ResponseEntity.ok().headers(headers).body(body);
    }
}
