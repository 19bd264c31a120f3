package taizhang.shared;

import java.util.List;
import org.springframework.core.ResolvableType;

/**
 * One handler mapping as a client sees it: method, path pattern, and every value it reads from
 * the request with the type it is bound to. {@code anyField} marks a handler that also reads
 * form fields it does not declare (a {@code Map} of parameters); {@code own} a handler of
 * Taizhang's rather than of a library (the OpenAPI document, Boot's error page).
 */
record Endpoint(String method, String pattern, List<Input> inputs, Body body, boolean anyField, boolean own) {

    /** Where a value travels. */
    enum Where {
        PATH,
        PARAM,
        JSON,
        FILE
    }

    /** What the request body is: none (parameters in the address), a form, a multipart form, or JSON. */
    enum Body {
        NONE,
        FORM,
        MULTIPART,
        JSON
    }

    record Input(String name, Where where, ResolvableType type) {

        Class<?> raw() {
            return type.toClass();
        }

        /** The element type of a list or set, the type itself otherwise. */
        Class<?> element() {
            if (type.isArray()) {
                return type.getComponentType().toClass();
            }
            ResolvableType collection = type.asCollection();
            return collection == ResolvableType.NONE
                    ? raw()
                    : collection.getGeneric(0).toClass();
        }

        boolean many() {
            return type.isArray() || type.asCollection() != ResolvableType.NONE;
        }
    }

    boolean api() {
        return pattern.startsWith("/api/");
    }

    boolean writes() {
        return !method.equals("GET");
    }

    List<Input> inputs(Where where) {
        return inputs.stream().filter(input -> input.where() == where).toList();
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
