package taizhang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import taizhang.user.UserService;

/**
 * Authenticates API clients by their personal token ({@code Authorization: Bearer tz_…}) for
 * this request only; nothing goes into a session. A wrong token is left unauthenticated, and
 * the API's entry point answers 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final UserService users;

    ApiTokenFilter(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            users.loginByToken(header.substring(PREFIX.length()).trim()).ifPresent(login -> {
                var principal = new TaizhangPrincipal(login.user(), null, true, false);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }
}
