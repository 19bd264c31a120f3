package taizhang.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every value in an address or a form must be, whatever its handler binds it to (a map of
 * fields too): text free of characters no one types ({@link RequestValues#hasInvalidCharacter}),
 * checked before a handler of Taizhang runs, and a date written {@code 2021-08-31} in a year of
 * four digits ({@link RequestValues#date}). Left alone, a NUL reached PostgreSQL, which refused it
 * as a conflict, and H2, which kept it; a year like +999999999 overflowed the first date sum.
 * Either is refused with 400 naming the field, for pages and API alike. Lists are checked by
 * {@link ItemLists}, JSON bodies by {@link JsonBodyCheck}.
 */
@Configuration(proxyBeanMethods = false)
class RequestValueChecks implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TextCheck());
    }

    /** Registered last, so tried first, for dates with and without {@code @DateTimeFormat(iso = DATE)}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, RequestValues::date);
    }

    static final class TextCheck implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method)
                    || !method.getBeanType().getPackageName().startsWith("taizhang")) {
                return true;
            }
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                check(parameter.getKey(), parameter.getKey());
                for (String value : parameter.getValue()) {
                    check(parameter.getKey(), value);
                }
            }
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
                variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
            }
            return true;
        }

        private static void check(String field, String text) {
            if (text != null && RequestValues.hasInvalidCharacter(text)) {
                throw RequestValues.invalidCharacter(field);
            }
        }
    }
}
