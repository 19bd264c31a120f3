package taizhang.shared;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import taizhang.shared.Endpoint.Body;
import taizhang.shared.Endpoint.Input;
import taizhang.shared.Endpoint.Where;

/**
 * Every endpoint of the running application, read from its handler mappings: the same
 * annotations Spring binds requests by, so a new endpoint or parameter is fuzzed without
 * anyone listing it.
 */
final class EndpointCatalog {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private EndpointCatalog() {}

    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints.add(endpoint(method.name(), pattern, entry.getValue(), multipart));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static Endpoint endpoint(String method, String pattern, HandlerMethod handler, boolean multipart) {
        List<Input> inputs = new ArrayList<>();
        boolean json = false;
        boolean anyField = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            if (path != null) {
                inputs.add(new Input(name(path.name(), parameter), Where.PATH, resolvable));
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                json = true;
                inputs.addAll(fields(type, Where.JSON));
            } else if (param != null && Map.class.isAssignableFrom(type)) {
                anyField = true;
            } else if (param != null || part != null) {
                String name = name(param != null ? param.name() : part.name(), parameter);
                inputs.add(new Input(name, MultipartFile.class == type ? Where.FILE : Where.PARAM, resolvable));
            } else if (!bound(parameter) || resolvedElsewhere(type)) {
                continue;
            } else if (BeanUtils.isSimpleProperty(type)) {
                inputs.add(new Input(name("", parameter), Where.PARAM, resolvable));
            } else {
                inputs.addAll(fields(type, Where.PARAM));
            }
        }
        boolean files = inputs.stream().anyMatch(input -> input.where() == Where.FILE);
        Body body =
                json ? Body.JSON : multipart || files ? Body.MULTIPART : method.equals("GET") ? Body.NONE : Body.FORM;
        boolean own = handler.getBeanType().getPackageName().startsWith("taizhang");
        return new Endpoint(method, pattern, List.copyOf(inputs), body, anyField, own);
    }

    /** A form record's components, or a form bean's writable properties: what the data binder fills. */
    private static List<Input> fields(Class<?> form, Where where) {
        List<Input> fields = new ArrayList<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                fields.add(new Input(component.getName(), where, ResolvableType.forType(component.getGenericType())));
            }
            return fields;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() != null) {
                fields.add(new Input(
                        property.getName(), where, ResolvableType.forMethodParameter(property.getWriteMethod(), 0)));
            }
        }
        return fields;
    }

    /** Values the client does not send as parameters: headers, cookies, attributes the server sets. */
    private static boolean bound(MethodParameter parameter) {
        return !parameter.hasParameterAnnotation(RequestHeader.class)
                && !parameter.hasParameterAnnotation(CookieValue.class)
                && !parameter.hasParameterAnnotation(RequestAttribute.class);
    }

    /** The signed-in user, the servlet objects, the model and Spring's own helpers. */
    private static boolean resolvedElsewhere(Class<?> type) {
        String name = type.getName();
        return type == CurrentUser.class
                || Principal.class.isAssignableFrom(type)
                || type == Locale.class
                || name.startsWith("jakarta.servlet.")
                || name.startsWith("java.io.")
                || name.startsWith("org.springframework.");
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }
}
