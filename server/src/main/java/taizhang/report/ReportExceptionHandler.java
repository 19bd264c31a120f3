package taizhang.report;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A sheet that cannot be read at all: 422 with the reason, written for a person. */
@RestControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportExceptionHandler {

    @ExceptionHandler(SheetRejectedException.class)
    ProblemDetail rejected(SheetRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("urn:taizhang:problem:unreadable-sheet"));
        problem.setTitle("无法导入表格");
        return problem;
    }
}
