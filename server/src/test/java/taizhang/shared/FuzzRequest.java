package taizhang.shared;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.ResolvableType;
import org.springframework.web.util.UriUtils;
import taizhang.shared.Endpoint.Body;
import taizhang.shared.Endpoint.Input;
import taizhang.shared.Endpoint.Where;
import taizhang.shared.FuzzValues.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request to an endpoint: every input plausible except those {@code spoiled} (a bad text, a
 * JSON fragment, or null to leave it out), and optionally a whole body or content type in
 * place of the one the endpoint reads.
 */
record FuzzRequest(
        String method, String target, Map<String, String> headers, byte[] body, String what, boolean invalidCharacter) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final String BOUNDARY = "fuzz-boundary";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request to {@code endpoint} as {@code token}'s holder, with {@code spoiled} inputs by name. */
    static FuzzRequest of(
            Endpoint endpoint,
            FuzzValues values,
            String token,
            boolean htmx,
            Map<String, Object> spoiled,
            String body,
            String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", endpoint.api() ? "application/json" : "text/html");
        if (htmx) {
            headers.put("HX-Request", "true");
        }
        String path = path(endpoint, values, spoiled);
        Map<String, Text> params = new LinkedHashMap<>();
        for (Input input : endpoint.inputs(Where.PARAM)) {
            Object value = spoiled.containsKey(input.name()) ? spoiled.get(input.name()) : text(values, input);
            if (value != null) {
                params.put(input.name(), (Text) value);
            }
        }
        spoiled.forEach((name, value) -> {
            if (name.startsWith("+") && value != null) {
                params.put(name.substring(1), (Text) value);
            }
        });
        String query = query(params);
        byte[] bytes = null;
        String type = null;
        if (endpoint.body() == Body.FORM) {
            bytes = query.getBytes(StandardCharsets.UTF_8);
            type = "application/x-www-form-urlencoded";
            query = "";
        } else if (endpoint.body() == Body.MULTIPART) {
            bytes = multipart(endpoint, params, spoiled);
            type = "multipart/form-data; boundary=" + BOUNDARY;
            query = "";
        } else if (endpoint.body() == Body.JSON) {
            bytes = json(endpoint, values, spoiled).getBytes(StandardCharsets.UTF_8);
            type = "application/json";
        } else if (endpoint.writes()) {
            bytes = new byte[0];
        }
        if (body != null) {
            bytes = body.getBytes(StandardCharsets.UTF_8);
        }
        if (contentType != null) {
            type = contentType;
        }
        if (type != null && !type.isEmpty()) {
            headers.put("Content-Type", type);
        }
        String target = query.isEmpty() ? path : path + "?" + query;
        return new FuzzRequest(
                endpoint.method(),
                target,
                headers,
                bytes,
                describe(endpoint, spoiled, body, contentType),
                invalidCharacter(endpoint, spoiled));
    }

    /** Whether a spoiled value other than a file's content holds a character the server must refuse. */
    private static boolean invalidCharacter(Endpoint endpoint, Map<String, Object> spoiled) {
        List<String> files =
                endpoint.inputs(Where.FILE).stream().map(Input::name).toList();
        return spoiled.entrySet().stream()
                .filter(entry -> !files.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .anyMatch(value -> value instanceof Text text
                        ? !text.raw() && RequestValues.hasInvalidCharacter(text.value())
                        : value instanceof String json && anyInvalidText(JSON.readTree(json)));
    }

    private static boolean anyInvalidText(JsonNode node) {
        if (node.isString()) {
            return RequestValues.hasInvalidCharacter(node.asString());
        }
        for (JsonNode child : node) {
            if (anyInvalidText(child)) {
                return true;
            }
        }
        return false;
    }

    private static String path(Endpoint endpoint, FuzzValues values, Map<String, Object> spoiled) {
        Matcher variables = VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String before = endpoint.pattern().substring(0, variables.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            Input input = endpoint.inputs(Where.PATH).stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElse(new Input(name, Where.PATH, ResolvableType.forClass(String.class)));
            Text value = spoiled.get(name) instanceof Text bad ? bad : Text.of(values.plausible(input, segment));
            String encoded =
                    value.raw() ? value.value() : UriUtils.encodePathSegment(value.value(), StandardCharsets.UTF_8);
            variables.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static Text text(FuzzValues values, Input input) {
        return Text.of(values.plausible(input, ""));
    }

    private static String query(Map<String, Text> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + (value.raw() ? value.value() : URLEncoder.encode(value.value(), StandardCharsets.UTF_8))));
        return query.toString();
    }

    private static byte[] multipart(Endpoint endpoint, Map<String, Text> params, Map<String, Object> spoiled) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        params.forEach((name, value) -> part(out, "name=\"" + name + "\"", value.value()));
        for (Input file : endpoint.inputs(Where.FILE)) {
            Object content = spoiled.containsKey(file.name()) ? spoiled.get(file.name()) : Text.of("一、整改情况\n");
            if (content instanceof Text text) {
                part(
                        out,
                        "name=\"" + file.name() + "\"; filename=\"report.txt\"\r\nContent-Type: text/plain",
                        text.value());
            }
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String disposition, String content) {
        out.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Endpoint endpoint, FuzzValues values, Map<String, Object> spoiled) {
        StringJoiner object = new StringJoiner(",", "{", "}");
        for (Input input : endpoint.inputs(Where.JSON)) {
            Object value = spoiled.containsKey(input.name()) ? spoiled.get(input.name()) : values.plausibleJson(input);
            if (value != null) {
                object.add("\"" + input.name() + "\":" + value);
            }
        }
        return object.toString();
    }

    private static String describe(Endpoint endpoint, Map<String, Object> spoiled, String body, String contentType) {
        StringJoiner what = new StringJoiner(" ", endpoint + " ", "");
        spoiled.forEach((name, value) -> what.add(name + "="
                + shorten(value == null ? "(missing)" : value instanceof Text t ? t.value() : value.toString())));
        if (body != null) {
            what.add("body=" + shorten(body));
        }
        if (contentType != null) {
            what.add("Content-Type=" + contentType);
        }
        return what.toString();
    }

    private static String shorten(String text) {
        String shown = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown;
    }
}
