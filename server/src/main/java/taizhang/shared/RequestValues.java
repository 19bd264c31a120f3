package taizhang.shared;

import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
        if (value instanceof String text && hasInvalidCharacter(text)) {
            return invalidCharacter(field);
        }
        Class<?> expected = type == null ? null : ClassUtils.resolvePrimitiveIfNecessary(type);
        String shown = shown(value);
        if (shown.matches("-?\\d+") && isInteger(expected)) {
            return outOfRange(field, shown);
        }
        String expectation = expectation(expected);
        return new InvalidRequestException(
                field, FieldLabels.of(field) + "“" + shown + "”无效" + (expectation == null ? "" : "，" + expectation));
    }

    /**
     * A text with a character nobody types and no column should keep: NUL (which PostgreSQL
     * refuses), the other control characters but tab and line breaks, half a surrogate pair, or
     * U+FFFE/U+FFFF (which the Word and Excel files cannot hold).
     */
    public static boolean hasInvalidCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date as the forms and the API write it, {@code 2021-08-31}, in a year of four digits:
     * ISO's signed years (+999999999-12-31) overflow the first date sum made with them.
     * Blank is none.
     */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        if (!plausible(date)) {
            throw new IllegalArgumentException("year out of range: " + text);
        }
        return date;
    }

    public static boolean plausible(LocalDate date) {
        return date.getYear() >= 1000 && date.getYear() <= 9999;
    }

    public static InvalidRequestException invalidCharacter(String field) {
        return new InvalidRequestException(field, FieldLabels.of(field) + "含有无效字符（空字符或其他控制字符），请删除后重试");
    }

    public static InvalidRequestException emptyItem(String field) {
        return new InvalidRequestException(field, FieldLabels.of(field) + "中有空项（null）");
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
        String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
        return shown.replaceAll("[\\p{Cc}\\p{Cs}]", "\uFFFD");
    }
}
