package taizhang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import taizhang.user.ApiTokens;
import taizhang.user.TokenUse;

/**
 * Authenticates API clients by their personal token ({@code Authorization: Bearer tz_…}) for
 * this request only; nothing goes into a session. A wrong token is left unauthenticated, and
 * the API's entry point answers 401. Runs before the CSRF check, which only a request that a
 * valid token authenticated may skip.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            tokens.login(header.substring(PREFIX.length()).trim()).ifPresent(login -> {
                var principal = TaizhangPrincipal.byToken(login.login());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
                SecurityContextHolder.setContext(context);
                request.setAttribute(TokenUse.ATTRIBUTE, login.token());
            });
        }
        chain.doFilter(request, response);
    }

    /** True when a valid token authenticated this request; a bare Bearer header is not enough. */
    static boolean authenticatedByToken(HttpServletRequest request) {
        return request.getAttribute(TokenUse.ATTRIBUTE) != null;
    }
}
