package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import taizhang.shared.BindingFailures;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.RuleViolationException;
import taizhang.shared.ServerBusyException;
import taizhang.shared.StaleVersionException;
import taizhang.shared.UploadLimit;

/**
 * Errors of the workbench pages, as a page, or for htmx as a message swapped into the page's
 * flash area ({@code HX-Retarget}), so the form the user filled in stays as it was; a refusal of a
 * form posted without JavaScript goes back to its page with the message ({@link NoScriptForms}).
 * Ahead of the API's handler, which answers problem details.
 */
@ControllerAdvice(assignableTypes = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final FrameAdvice frames;
    private final Pages pages;

    PageExceptionHandler(FrameAdvice frames, Pages pages) {
        this.frames = frames;
        this.pages = pages;
    }

    /** A form posted without JavaScript that asks first: the question, with 确定 (the same fields again) and 取消. */
    @ExceptionHandler(NoScriptForms.ConfirmationNeeded.class)
    String confirm(
            NoScriptForms.ConfirmationNeeded e,
            CurrentUser user,
            CsrfToken csrf,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("frame", frames.frame(user, request, csrf));
        model.addAttribute("question", e.getMessage());
        model.addAttribute("action", request.getRequestURI());
        model.addAttribute("fields", NoScriptForms.fields(request, csrf, pages));
        model.addAttribute("back", NoScriptForms.origin(request, pages).orElse("/"));
        return "layout/confirm";
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.NOT_FOUND, e.getMessage(), request, response, model);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    Object forbidden(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String message = e instanceof ForbiddenException ? e.getMessage() : "您没有执行此操作的权限";
        return render(HttpStatus.FORBIDDEN, message, request, response, model);
    }

    @ExceptionHandler({StaleVersionException.class, RuleViolationException.class})
    Object conflict(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.CONFLICT, e.getMessage(), request, response, model);
    }

    @ExceptionHandler(InvalidRequestException.class)
    Object invalid(InvalidRequestException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.BAD_REQUEST, e.getMessage(), request, response, model);
    }

    /**
     * A value in the address or the form that cannot be bound or breaks its constraint: the
     * reader's mistake (or an old bookmark's), so a message naming the field and only a DEBUG line.
     */
    @ExceptionHandler({
        TypeMismatchException.class,
        BindException.class,
        HandlerMethodValidationException.class,
        MissingServletRequestParameterException.class,
        MissingPathVariableException.class,
        MissingServletRequestPartException.class,
        MultipartException.class,
        InvalidParameterException.class,
        RequestRejectedException.class
    })
    Object badValue(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        var refused = BindingFailures.explain(e);
        if (refused.isEmpty()) {
            return unexpected(e, request, response, model);
        }
        return refused(refused.get(), e, request, response, model);
    }

    /** Too long for its column or too large for its number: a bad value; any other violation a conflict. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(
            DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        var refused = BindingFailures.explain(e);
        if (refused.isPresent()) {
            return refused(refused.get(), e, request, response, model);
        }
        log.info("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return render(HttpStatus.CONFLICT, "与已有数据冲突（例如名称重复或引用的对象不存在）", request, response, model);
    }

    @ExceptionHandler(ServerBusyException.class)
    Object busy(ServerBusyException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", "30");
        return render(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object uploadTooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(HttpStatus.CONTENT_TOO_LARGE, UploadLimit.TOO_LARGE, request, response, model);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected page error {}", id, e);
        return render(
                HttpStatus.INTERNAL_SERVER_ERROR, "服务器出错，请稍后重试；如仍出错请把编号 " + id + " 告诉管理员", request, response, model);
    }

    private Object refused(
            InvalidRequestException refused,
            Exception e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return render(HttpStatus.BAD_REQUEST, refused.getMessage(), request, response, model);
    }

    /** A refusal (400, 409) of a plain post goes back to the form's page when it is known; else the error page. */
    private Object render(
            HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (Htmx.isRequest(request)) {
            response.setStatus(status.value());
            model.addAttribute("message", message);
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            return "_flash";
        }
        if (status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONFLICT) {
            var back = NoScriptForms.sendBack(request, response, pages, message);
            if (back.isPresent()) {
                return back.get();
            }
        }
        response.setStatus(status.value());
        model.addAttribute("message", message);
        model.addAttribute("status", status.value());
        return "error";
    }
}
