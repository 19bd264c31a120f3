package taizhang.report;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import taizhang.shared.Problems;

/** A sheet that cannot be read at all: 422 with the reason, written for a person. */
@RestControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportExceptionHandler {

    @ExceptionHandler(SheetRejectedException.class)
    ProblemDetail rejected(SheetRejectedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-sheet", "无法导入表格", e.getMessage());
    }
}
