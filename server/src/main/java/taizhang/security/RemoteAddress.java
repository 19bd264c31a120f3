package taizhang.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address the current request came from, for the audit trail of a sign-in made deep in a provider. */
final class RemoteAddress {

    private RemoteAddress() {}

    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        && attributes.getRequest().getRemoteAddr() != null
                ? attributes.getRequest().getRemoteAddr()
                : "unknown";
    }
}
