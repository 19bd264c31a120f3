package taizhang.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's {@code /error} answers a client that asked for JSON, about a request
 * refused before any handler of Taizhang ran (the security firewall's encoded CR/LF, a handler
 * of a library): the problem details every other API error has, in Chinese, naming no class and
 * echoing no address. The pages' error page is {@code home/ErrorPages}.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object code = super.getErrorAttributes(request, ErrorAttributeOptions.defaults())
                .get("status");
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = Problems.of(
                status,
                "http-" + status.value(),
                ApiExceptionHandler.title(status),
                ApiExceptionHandler.detail(status));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", problem.getType().toString());
        attributes.put("title", problem.getTitle());
        attributes.put("status", problem.getStatus());
        attributes.put("detail", problem.getDetail());
        return attributes;
    }
}
