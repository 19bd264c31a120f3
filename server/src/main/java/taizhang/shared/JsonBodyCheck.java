package taizhang.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The JSON half of {@link RequestValueChecks}, down through a request body's records, lists and
 * maps: every text free of characters no one types, every date in a year of four digits, and no
 * list with an empty ({@code null}) item, which no handler expects; else 400 naming the field.
 * Only request bodies: the JSON the server reads back from its own tables is not checked again.
 */
@ControllerAdvice(basePackages = "taizhang")
class JsonBodyCheck extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 10;

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, parameter.getParameterName(), 0);
        return body;
    }

    private static void item(Object element, String field, int depth) {
        if (element == null) {
            throw RequestValues.emptyItem(field);
        }
        check(element, field, depth + 1);
    }

    private static void check(Object value, String field, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            if (RequestValues.hasInvalidCharacter(text)) {
                throw RequestValues.invalidCharacter(field);
            }
        } else if (value instanceof LocalDate date) {
            if (!RequestValues.plausible(date)) {
                throw RequestValues.outOfRange(field, date);
            }
        } else if (value instanceof Collection<?> elements) {
            elements.forEach(element -> item(element, field, depth));
        } else if (value instanceof Object[] elements) {
            for (Object element : elements) {
                item(element, field, depth);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, entry) -> {
                check(key, field, depth + 1);
                check(entry, String.valueOf(key), depth + 1);
            });
        } else if (value instanceof Record) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                ReflectionUtils.makeAccessible(accessor);
                check(ReflectionUtils.invokeMethod(accessor, value), component.getName(), depth + 1);
            }
        }
    }
}
