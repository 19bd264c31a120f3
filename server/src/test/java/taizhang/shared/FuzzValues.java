package taizhang.shared;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.core.ResolvableType;
import taizhang.shared.Endpoint.Input;
import taizhang.shared.Endpoint.Where;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values the fuzzer sends: for every input a plausible one, so that a request gets past
 * the inputs it does not spoil, and a list of malformed ones. Plausible ids are the fuzzer's
 * own objects, or ids nothing has: the fuzzer changes nothing that other tests rely on.
 */
final class FuzzValues {

    /** An id no table reaches in a test run. */
    static final String NOBODY = "987654321";

    /** A text value; {@code raw} when it is already percent-encoded as it must go in the address. */
    record Text(String value, boolean raw) {
        static Text of(String value) {
            return new Text(value, false);
        }
    }

    /** What an input's values are, for choosing malformed ones that break it in its own terms. */
    enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        ENUM,
        DATE,
        BOOLEAN,
        OBJECT;

        static Kind of(Class<?> type) {
            if (type == long.class
                    || type == Long.class
                    || type == int.class
                    || type == Integer.class
                    || type == short.class
                    || type == Short.class) {
                return INTEGER;
            }
            if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
                return DECIMAL;
            }
            if (type.isEnum()) {
                return ENUM;
            }
            if (type == LocalDate.class || type == YearMonth.class || Temporal.class.isAssignableFrom(type)) {
                return DATE;
            }
            if (type == boolean.class || type == Boolean.class) {
                return BOOLEAN;
            }
            return type.isRecord() || Map.class.isAssignableFrom(type) ? OBJECT : TEXT;
        }
    }

    private static final String LONG_HAN = "汉".repeat(10_000);
    private static final String LONG_X = "x".repeat(10_000);

    /** Malformed values for the address and forms, by kind; a NUL, a line break and overlong text in each. */
    static final Map<Kind, List<Text>> BAD_TEXT = Map.of(
            Kind.TEXT,
            texts(
                    "进展\u0000情况",
                    LONG_HAN,
                    "第一行\r\n第二行",
                    "a\u0001\u001fb",
                    "",
                    " ",
                    "<script>alert(1)</script>",
                    "/ledger\r\nSet-Cookie: fuzz=1",
                    "//evil.example/",
                    "2021-13",
                    "2021Q5",
                    "\uFEFF",
                    "%E7%90!",
                    "%zz!",
                    LONG_X,
                    "' or '1'='1",
                    "a\u0085b"),
            Kind.INTEGER,
            texts(
                    "abc",
                    "",
                    "1.5",
                    "99999999999999999999",
                    "-9223372036854775808",
                    "2147483648",
                    "-1",
                    "0",
                    "１２",
                    "\u0000",
                    "%zz!",
                    "1e3",
                    " 1",
                    "DONE,",
                    LONG_X),
            Kind.DECIMAL,
            texts("1e400", "NaN", "-Infinity", "abc", "1e30", "9".repeat(40), "", "-0", "1,000", "0x10", "\u0000"),
            Kind.ENUM,
            texts("DONE,", ",", "BOGUS", "done", "", "\u0000", "DONE,IN_PROGRESS", "0", "%ED%A0%80!"),
            Kind.DATE,
            texts(
                    "2021-02-30",
                    "0000-00-00",
                    "+999999999-12-31",
                    "明天",
                    "",
                    "2021-13-45",
                    "-1-01-01",
                    "20210101",
                    "\u0000"),
            Kind.BOOLEAN,
            texts("maybe", "", "2", "\u0000", "yes"));

    /** Malformed JSON values, by kind: wrong types, overflow, NUL and half a surrogate pair in text. */
    static final Map<Kind, List<String>> BAD_JSON = Map.of(
            Kind.TEXT,
            List.of(
                    "\"进展\\u0000情况\"",
                    "\"" + LONG_HAN + "\"",
                    "\"\\ud800\"",
                    "\"a\\u0001b\"",
                    "\"第一行\\r\\n第二行\"",
                    "123",
                    "[]",
                    "{}",
                    "null",
                    "\"\"",
                    "\"  \"",
                    "true",
                    "\"<script>alert(1)</script>\""),
            Kind.INTEGER,
            List.of(
                    "\"abc\"",
                    "1.5",
                    "99999999999999999999",
                    "9223372036854775808",
                    "-1",
                    "0",
                    "1e400",
                    "null",
                    "true",
                    "[]",
                    "\"\"",
                    "-2147483649"),
            Kind.DECIMAL,
            List.of("1e400", "\"NaN\"", "-1e30", "1e-400", "\"abc\"", "null", "{}", "9".repeat(40), "\"\""),
            Kind.ENUM,
            List.of("\"DONE,\"", "\"BOGUS\"", "\"\"", "1", "null", "[]", "\"done\""),
            Kind.DATE,
            List.of(
                    "\"2021-02-30\"",
                    "\"+999999999-12-31\"",
                    "\"x\"",
                    "20210101",
                    "null",
                    "\"2021-13\"",
                    "\"-1-01-01\""),
            Kind.BOOLEAN,
            List.of("\"maybe\"", "2", "null", "\"\"", "[]"),
            Kind.OBJECT,
            List.of("[]", "\"x\"", "{}", "null", "1"));

    /** Malformed whole lists: not a list, a null element, a list of lists. */
    static final List<String> BAD_JSON_LISTS = List.of("null", "{}", "\"x\"", "[null]", "[[1]]");

    /** Uploaded files: none at all (null), empty, binary with NUL bytes, and one long line. */
    static final List<Text> BAD_FILES =
            Arrays.asList(null, Text.of(""), Text.of("\u0000\u0001\u00ff"), Text.of("x".repeat(10_000)));

    /** Whole JSON bodies that are not the object a handler reads. */
    static final List<String> BAD_BODIES = List.of(
            "", "{", "[]", "null", "\"x\"", "{\"a\":}", "[{}]", "{}", "\u0000", "[".repeat(5_000), "{\"a\":1,}");

    /** Values as written, a trailing {@code !} marking one already percent-encoded. */
    private static List<Text> texts(String... values) {
        return Arrays.stream(values)
                .map(value -> value.endsWith("!") && value.startsWith("%")
                        ? new Text(value.substring(0, value.length() - 1), true)
                        : Text.of(value))
                .toList();
    }

    private final Map<String, String> known;
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code known}: the fuzzer's own ids (and a few other values) by parameter name or path segment. */
    FuzzValues(Map<String, String> known) {
        this.known = known;
    }

    /** A plausible text for an input; {@code segment} is the path segment before a path variable. */
    String plausible(Input input, String segment) {
        String byName = known.get(input.name());
        if (byName != null) {
            return byName;
        }
        if (input.where() == Where.PATH && input.name().equals("id") && known.containsKey(segment)) {
            return known.get(segment);
        }
        return plausible(input.element(), input.name());
    }

    private static String plausible(Class<?> type, String name) {
        if (type == long.class || type == Long.class) {
            return NOBODY;
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return name.toLowerCase().contains("year") ? "2021" : name.equals("version") ? "0" : "1";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return "2021-06-30";
        }
        if (type == YearMonth.class) {
            return "2021-06";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "1";
        }
        return "测试";
    }

    /** A plausible JSON value: numbers and booleans bare, lists of one, records as objects. */
    String plausibleJson(Input input) {
        return plausibleJson(input.type(), input.name(), 0);
    }

    private String plausibleJson(ResolvableType type, String name, int depth) {
        Class<?> raw = type.toClass();
        if (type.isArray() || type.asCollection() != ResolvableType.NONE) {
            ResolvableType element = type.isArray()
                    ? type.getComponentType()
                    : type.asCollection().getGeneric(0);
            return "[" + plausibleJson(element, name, depth + 1) + "]";
        }
        if (raw.isRecord() && depth < 3) {
            StringJoiner object = new StringJoiner(",", "{", "}");
            for (RecordComponent component : raw.getRecordComponents()) {
                object.add(json.writeValueAsString(component.getName()) + ":"
                        + plausibleJson(
                                ResolvableType.forType(component.getGenericType()), component.getName(), depth + 1));
            }
            return object.toString();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "{}";
        }
        String text = known.getOrDefault(name, plausible(raw, name));
        boolean bare = raw.isPrimitive() || Number.class.isAssignableFrom(raw) || raw == Boolean.class;
        return bare ? text : json.writeValueAsString(text);
    }
}
