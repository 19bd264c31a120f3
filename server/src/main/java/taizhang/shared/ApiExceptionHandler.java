package taizhang.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every API error as RFC 9457 problem details, with a message a person can act on. Unknown
 * failures get a generic text and a log id, never the exception's own message.
 */
@RestControllerAdvice(basePackages = "taizhang")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "您没有执行此操作的权限";
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "无权操作", detail);
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "stale-version", "数据已被修改", e.getMessage());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail rule(RuleViolationException e) {
        return Problems.of(HttpStatus.CONFLICT, "rule-violation", "操作不符合规则", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        String detail = errors.stream()
                .map(f -> f.get("field") + "：" + f.get("message"))
                .reduce((a, b) -> a + "；" + b)
                .orElse("请求内容不合法");
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容不合法", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容不合法", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable", "请求内容无法解析", "请求体不是合法的 JSON，或字段类型不对");
    }

    /** A parameter that cannot be bound, is missing or breaks its constraint: the pages' message too. */
    @ExceptionHandler({
        TypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MissingPathVariableException.class,
        MissingServletRequestPartException.class,
        HandlerMethodValidationException.class,
        MultipartException.class,
        InvalidParameterException.class,
        RequestRejectedException.class
    })
    ProblemDetail badValue(Exception e) {
        return BindingFailures.explain(e).map(this::invalidRequest).orElseGet(() -> unexpected(e));
    }

    /** Two writers locked the same rows in opposite order; the database undid one of them, entirely. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail lockConflict(PessimisticLockingFailureException e) {
        log.info(
                "Lock conflict, transaction rolled back: {}",
                e.getMostSpecificCause().getMessage());
        return Problems.of(HttpStatus.CONFLICT, "concurrent-write", "并发冲突", "另一项修改同时在进行，本次修改未保存，请重试");
    }

    /** Too long for its column or too large for its number is a bad value; any other violation a conflict. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        var refused = BindingFailures.explain(e);
        if (refused.isPresent()) {
            return invalidRequest(refused.get());
        }
        log.info("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return Problems.of(HttpStatus.CONFLICT, "conflict", "数据冲突", "与已有数据冲突（例如名称重复或引用的对象不存在）");
    }

    /** A long job with no worker free: try again in a while, as Retry-After says. */
    @ExceptionHandler(ServerBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServerBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "服务器繁忙", e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "文件太大", UploadLimit.TOO_LARGE);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到", "没有这个地址");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            return known(known);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The client hung up before the answer was written: nobody to answer, nothing broken.
            log.debug("Client went away: {}", e.getMessage());
            return null;
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {}", id, e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误", "服务器出错，请稍后重试；如仍出错请把编号 " + id + " 告诉管理员");
    }

    /**
     * Spring's own refusals (method or content type not supported, a missing parameter…) keep
     * their status, with a Chinese title and detail.
     */
    static ProblemDetail known(ErrorResponse e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return Problems.of(status, "http-" + status.value(), title(status), detail(status));
    }

    /** What the client can do about a refusal Spring or Boot made; their own details are English. */
    static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "没有这个地址";
            case FORBIDDEN -> "您没有执行此操作的权限";
            case METHOD_NOT_ALLOWED -> "这个地址不支持此请求方法";
            case UNSUPPORTED_MEDIA_TYPE ->
                "请求体的内容类型（Content-Type）不对：JSON 接口请用 application/json，上传请用 multipart/form-data";
            case NOT_ACCEPTABLE -> "无法按 Accept 头所要的格式回答，请改用 application/json";
            case CONTENT_TOO_LARGE -> UploadLimit.TOO_LARGE;
            default -> status.is5xxServerError() ? "服务器出错，请稍后重试" : "请求无法处理：地址、参数或请求头不合法，请检查后重试";
        };
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "未找到";
            case FORBIDDEN -> "无权操作";
            case METHOD_NOT_ALLOWED -> "不支持的请求方法";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case NOT_ACCEPTABLE -> "无法提供所要的格式";
            case CONTENT_TOO_LARGE -> "文件太大";
            default -> status.is5xxServerError() ? "服务器内部错误" : "请求不合法";
        };
    }
}
