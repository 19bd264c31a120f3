package taizhang.home;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import taizhang.shared.UploadLimit;

/**
 * The error page for what fails before any controller is reached, which Spring Boot's
 * {@code /error} renders: an unknown address, a refused form, or an upload over the limit that
 * Tomcat refuses while the security filters read the form's CSRF field. Boot hands over no
 * message (none is exposed), so the page says what the status means.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            // /error opened as an address: no error happened, so there is no such page.
            status = HttpStatus.NOT_FOUND;
        }
        String message = switch (status) {
            case NOT_FOUND -> "没有这个页面";
            case FORBIDDEN -> "您没有执行此操作的权限，或页面已过期；请刷新页面后重试";
            case METHOD_NOT_ALLOWED -> "这个地址不能这样打开，请从页面上的链接或按钮进入";
            case CONTENT_TOO_LARGE -> UploadLimit.TOO_LARGE;
            case BAD_REQUEST -> "请求无法处理，请检查填写的内容后重试";
            default -> "服务器出错，请稍后重试";
        };
        return new ModelAndView("error", Map.of("status", status.value(), "message", message), status);
    }
}
