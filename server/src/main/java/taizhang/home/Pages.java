package taizhang.home;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Whether an address of this site answers GET: a page a browser can be sent back to. */
@Component
class Pages {

    private final RequestMappingHandlerMapping mapping;

    Pages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** @param path a path of this site, without its query */
    boolean answersGet(String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        return mapping.getHandlerMethods().keySet().stream().anyMatch(info -> get(info) && matches(info, parsed));
    }

    private static boolean get(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private static boolean matches(RequestMappingInfo info, PathContainer path) {
        var patterns = info.getPathPatternsCondition();
        return patterns != null && patterns.getPatterns().stream().anyMatch(pattern -> pattern.matches(path));
    }
}
