package taizhang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import taizhang.user.UserService;

/**
 * Keeps a session's rights those of the database, on every node: each request compares the
 * session's security stamp with the user's (one lookup by primary key, not cached, so a change
 * holds from the very next request). On a difference the session takes the user's current
 * roles and organisation, or ends when the user was disabled, removed or its password changed.
 * A user whose password someone else set is sent to change it before anything else; its API
 * tokens (a reset revoked those it had) answer 403 until then, and those made after the change work.
 * A session signed in through a directory (LDAP) also ends when the directory no longer has the
 * user, or no longer counts it active.
 */
class SessionRightsFilter extends OncePerRequestFilter {

    private static final String MUST_CHANGE = """
            {"type":"urn:taizhang:problem:forbidden","title":"请先修改密码","status":403,\
            "detail":"您的密码由他人设置（管理员创建或重置，或首次启动时生成），请先修改密码（POST /api/v1/me/password）"}""";

    /** Where a user who must change their password may still go. */
    private static final Set<String> OPEN_WHILE_MUST_CHANGE = Set.of(
            "/account",
            "/account/password",
            "/logout",
            "/login",
            "/script",
            "/error",
            "/api/v1/me",
            "/api/v1/me/password");

    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private final UserService users;
    private final SsoSettings sso;
    private final DirectoryPresence directory;

    SessionRightsFilter(UserService users, SsoSettings sso, DirectoryPresence directory) {
        this.users = users;
        this.sso = sso;
        this.directory = directory;
    }

    /** Static files need no rights, and checking them would load the session for each one. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isStatic(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof TaizhangPrincipal byToken
                && byToken.byToken()
                && byToken.mustChangePassword()
                && sso.localPasswordAllowed(byToken.user())
                && !openWhileMustChange(request)) {
            refuseUntilChanged(request, response);
            return;
        }
        if (authentication != null
                && authentication.getPrincipal() instanceof TaizhangPrincipal signedIn
                && !signedIn.byToken()) {
            TaizhangPrincipal current = current(signedIn);
            if (current == null || !directory.stillActive(current)) {
                end(request);
            } else {
                if (current != signedIn) {
                    renew(current, request, response);
                }
                if (owesPasswordChange(current) && !openWhileMustChange(request)) {
                    refuseUntilChanged(request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The principal as the database has it now; null when the session must end. */
    private TaizhangPrincipal current(TaizhangPrincipal signedIn) {
        long id = signedIn.user().id();
        var stamp = users.securityStamp(id);
        if (stamp.isPresent() && stamp.getAsLong() == signedIn.securityStamp()) {
            return signedIn;
        }
        return users.login(id)
                .filter(UserService.Login::enabled)
                .filter(login -> login.credentialKey().equals(signedIn.credentialKey()))
                .map(signedIn::renewedWith)
                .orElse(null);
    }

    /**
     * Only a session signed in with a local password is sent to change it: a user who came
     * through the identity system is not trapped by a password it does not use.
     */
    private boolean owesPasswordChange(TaizhangPrincipal principal) {
        return principal.mustChangePassword() && principal.via() == null && sso.localPasswordAllowed(principal.user());
    }

    /** Puts a principal into this request and its session, as a sign-in would. */
    static void renew(TaizhangPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static boolean openWhileMustChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_WHILE_MUST_CHANGE.contains(path) || isStatic(path);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    private static void refuseUntilChanged(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(MUST_CHANGE);
        } else {
            response.sendRedirect(request.getContextPath() + "/account?mustChange");
        }
    }
}
