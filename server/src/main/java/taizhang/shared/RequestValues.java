package taizhang.shared;

import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.ClassUtils;

/**
 * What a person is told about a value in an address or a form that cannot be used: the field
 * as the forms label it, what was sent, and what would do — “状态“COMPLETED”无效，可选：未启动、…”.
 * The one home of these messages, for the pages and the API alike; {@link BindingFailures}
 * finds field, value and type in what Spring raises.
 */
public final class RequestValues {

    private static final int SHOWN = 40;

    private RequestValues() {}

    /** A value of the wrong type: not a number, not a date, not one of an enum's constants… */
    public static InvalidRequestException mismatch(String field, Object value, Class<?> type) {
        Class<?> expected = type == null ? null : ClassUtils.resolvePrimitiveIfNecessary(type);
        String shown = shown(value);
        if (shown.matches("-?\\d+") && isInteger(expected)) {
            return outOfRange(field, shown);
        }
        String expectation = expectation(expected);
        return new InvalidRequestException(
                field, FieldLabels.of(field) + "“" + shown + "”无效" + (expectation == null ? "" : "，" + expectation));
    }

    public static InvalidRequestException outOfRange(String field, Object value) {
        return new InvalidRequestException(field, FieldLabels.of(field) + "“" + shown(value) + "”超出范围");
    }

    public static InvalidRequestException missing(String field) {
        return new InvalidRequestException(field, "缺少" + FieldLabels.of(field));
    }

    /** Bean Validation's constraints as the forms use them; any other keeps Bean Validation's own text. */
    static InvalidRequestException violated(String field, ConstraintViolation<?> violation, String otherwise) {
        if (violation == null) {
            return new InvalidRequestException(field, FieldLabels.of(field) + "：" + otherwise);
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String message = switch (violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "缺少" + FieldLabels.of(field);
            case "Size" -> FieldLabels.of(field) + "不能超过 " + attributes.get("max") + " 个字";
            case "Min" -> FieldLabels.of(field) + "不能小于 " + attributes.get("value");
            case "Max" -> FieldLabels.of(field) + "不能大于 " + attributes.get("value");
            default -> FieldLabels.of(field) + "：" + violation.getMessage();
        };
        return new InvalidRequestException(field, message);
    }

    private static String expectation(Class<?> expected) {
        if (expected == null) {
            return null;
        }
        if (expected.isEnum()) {
            return "可选："
                    + Arrays.stream(expected.getEnumConstants())
                            .map(RequestValues::labelOf)
                            .collect(Collectors.joining("、"));
        }
        if (isInteger(expected)) {
            return "应为整数";
        }
        if (Number.class.isAssignableFrom(expected)) {
            return "应为数字";
        }
        if (expected == LocalDate.class) {
            return "应为日期，格式如 2021-08-31";
        }
        return expected == Boolean.class ? "应为 true 或 false" : null;
    }

    /** An enum's Chinese word where it has one ({@code label()}, as the statuses have), else its name. */
    private static String labelOf(Object constant) {
        try {
            Method label = constant.getClass().getMethod("label");
            return label.getReturnType() == String.class ? (String) label.invoke(constant) : constant.toString();
        } catch (ReflectiveOperationException e) {
            return constant.toString();
        }
    }

    private static boolean isInteger(Class<?> type) {
        return type == Long.class || type == Integer.class || type == Short.class || type == BigInteger.class;
    }

    private static String shown(Object value) {
        String text = value instanceof Object[] values
                ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
