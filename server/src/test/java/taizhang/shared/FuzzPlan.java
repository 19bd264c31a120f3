package taizhang.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import taizhang.shared.Endpoint.Body;
import taizhang.shared.Endpoint.Input;
import taizhang.shared.Endpoint.Where;
import taizhang.shared.FuzzValues.Kind;

/**
 * The requests one endpoint gets in a round: the plausible request once, then per role each
 * input spoiled (the roles get three different malformed values of the input's kind), all
 * inputs left out (and, for a handler that reads any field, fields of the pages' forms with
 * malformed values), a broken JSON body and a wrong content type. The same seed plans the same
 * requests.
 */
final class FuzzPlan {

    private static final List<String> CONTENT_TYPES =
            List.of("text/plain", "application/x-www-form-urlencoded", "application/xml", "application/json", "");

    record Planned(String role, FuzzRequest request) {}

    private final FuzzValues values;
    private final Map<String, String> tokens;
    private final List<String> formFields;

    /** {@code tokens}: an API token by role name; {@code formFields}: the field names the pages' forms send. */
    FuzzPlan(FuzzValues values, Map<String, String> tokens, List<String> formFields) {
        this.values = values;
        this.tokens = tokens;
        this.formFields = formFields;
    }

    List<Planned> plan(Endpoint endpoint, int index, Random random) {
        List<String> roles = List.copyOf(tokens.keySet());
        List<Planned> planned = new ArrayList<>();
        String first = roles.get(index % roles.size());
        planned.add(new Planned(first, request(endpoint, first, false, Map.of(), null, null)));
        boolean htmx = !endpoint.api() && random.nextBoolean();
        int[] offsets = random.ints(endpoint.inputs().size() + 3, 0, 1 << 16).toArray();
        for (int r = 0; r < roles.size(); r++) {
            String role = roles.get(r);
            for (int i = 0; i < endpoint.inputs().size(); i++) {
                Input input = endpoint.inputs().get(i);
                Map<String, Object> spoiled = new HashMap<>();
                spoiled.put(input.name(), bad(input, offsets[i] + r));
                planned.add(new Planned(role, request(endpoint, role, htmx, spoiled, null, null)));
            }
            Map<String, Object> missing = new HashMap<>();
            endpoint.inputs().stream()
                    .filter(input -> input.where() != Where.PATH)
                    .forEach(input -> missing.put(input.name(), null));
            if (endpoint.anyField() && !formFields.isEmpty()) {
                for (int i = 0; i < 3; i++) {
                    String field = formFields.get((offsets[offsets.length - 1] + r * 3 + i) % formFields.size());
                    missing.put("+" + field, pick(FuzzValues.BAD_TEXT.get(Kind.TEXT), offsets[i] + r));
                }
            }
            if (!missing.isEmpty()) {
                planned.add(new Planned(role, request(endpoint, role, htmx, missing, null, null)));
            }
            int last = endpoint.inputs().size();
            if (endpoint.body() == Body.JSON) {
                String body = pick(FuzzValues.BAD_BODIES, offsets[last] + r);
                planned.add(new Planned(role, request(endpoint, role, false, Map.of(), body, null)));
            }
            if (endpoint.body() != Body.NONE) {
                String type = pick(CONTENT_TYPES, offsets[last + 1] + r);
                planned.add(new Planned(role, request(endpoint, role, htmx, Map.of(), null, type)));
            }
        }
        return planned;
    }

    private FuzzRequest request(
            Endpoint endpoint, String role, boolean htmx, Map<String, Object> spoiled, String body, String type) {
        return FuzzRequest.of(endpoint, values, tokens.get(role), htmx, spoiled, body, type);
    }

    /** The malformed value number {@code n} for the input, cycling through those of its kind. */
    private static Object bad(Input input, int n) {
        Kind kind = Kind.of(input.element());
        return switch (input.where()) {
            case FILE -> pick(FuzzValues.BAD_FILES, n);
            case JSON -> {
                if (!input.many()) {
                    yield pick(FuzzValues.BAD_JSON.get(kind), n);
                }
                yield n % 2 == 0
                        ? pick(FuzzValues.BAD_JSON_LISTS, n / 2)
                        : "[" + pick(FuzzValues.BAD_JSON.get(kind), n / 2) + "]";
            }
            default -> pick(FuzzValues.BAD_TEXT.get(kind == Kind.OBJECT ? Kind.TEXT : kind), n);
        };
    }

    private static <T> T pick(List<T> values, int n) {
        return values.get(Math.floorMod(n, values.size()));
    }
}
