package taizhang.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import taizhang.extract.ExtractionException;
import taizhang.shared.Problems;
import taizhang.shared.UploadLimit;

/**
 * Unreadable uploads as problem details: the extractor's message is written for a person, so
 * it is passed on. Ordered first, before the catch-all of the shared handler.
 */
@RestControllerAdvice(assignableTypes = ImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(IngestExceptionHandler.class);

    @ExceptionHandler(ExtractionException.class)
    ProblemDetail unreadable(ExtractionException e) {
        HttpStatus status = switch (e.kind()) {
            case EMPTY -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        log.info("Upload refused ({}): {}", e.kind(), e.getMessage());
        return problem(
                status, "unreadable-document", "无法读取文件", forPerson(e), e.kind().name());
    }

    /**
     * The extractor's message without the technical note it may end with in parentheses
     * ({@code … (InvalidFormatException: …)}): that note is for the log, not for the office.
     */
    static String forPerson(ExtractionException e) {
        String message = e.getMessage();
        int note = message.lastIndexOf(" (");
        return note > 0 && message.endsWith(")") ? message.substring(0, note) : message;
    }

    /** A document within the byte limit that proposes too much to review: 413, with how to split it. */
    @ExceptionHandler(DraftTooLargeException.class)
    ProblemDetail draftTooLarge(DraftTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "draft-too-large", "草稿过大", e.getMessage(), "DRAFT_TOO_LARGE");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "unreadable-document", "文件太大", UploadLimit.TOO_LARGE, "TOO_LARGE");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badUpload(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-upload", "上传失败", "请以 multipart/form-data 上传，字段名为 file", "EMPTY");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String kind) {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        problem.setProperty("kind", kind);
        return problem;
    }
}
