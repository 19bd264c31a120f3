package taizhang.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import taizhang.shared.CurrentUser;
import taizhang.user.ApiTokens;
import taizhang.user.LoginThrottle;
import taizhang.user.SignInAudit;
import taizhang.user.UserService;

/**
 * Pages sign in with a form and a (database-backed) session, protected by CSRF tokens; API
 * clients send a personal token as Bearer and need no CSRF token, since nothing ambient
 * (no cookie) authenticates them: only a request a valid token authenticated skips the check,
 * so a made-up Bearer header beside a session cookie does not. Object-level checks
 * (organisation subtree) are in the services, on every path.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    private static final String API_401 = """
            {"type":"urn:taizhang:problem:unauthenticated","title":"未登录","status":401,\
            "detail":"请先登录，或在 Authorization 头中提供有效的 API 令牌（Bearer）"}""";

    private static final String API_403_CSRF = """
            {"type":"urn:taizhang:problem:forbidden","title":"无权操作","status":403,\
            "detail":"会话请求缺少有效的 CSRF 令牌；API 客户端请改用 Authorization: Bearer 令牌"}""";

    /**
     * No observation per security filter: each request would start and stop a dozen of them,
     * about a tenth of an API request's CPU, for timings nobody reads. The request as a whole
     * is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserService users,
            ApiTokens tokens,
            UserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SignInAudit signIns,
            SingleSignOn sso)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        var passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        var formCheck = new PasswordSignIn(passwords, sso.directory(), sso.settings());
        List<String> open = new ArrayList<>(List.of(
                "/login",
                "/script",
                "/css/**",
                "/js/**",
                "/webjars/**",
                "/favicon.ico",
                "/error",
                "/actuator/health",
                "/api/v1/openapi",
                "/api/v1/openapi/**"));
        open.addAll(sso.openPaths());
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottledAuthentication(formCheck, throttle, signIns));
        providers.addAll(sso.providers());
        http.authorizeHttpRequests(auth -> auth
                        // The published notices' public versions (notice.PublicNoticeController): read-only, for
                        // anyone.
                        .requestMatchers(HttpMethod.GET, "/public", "/public/", "/public/notices/*")
                        .permitAll()
                        .requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(new ProviderManager(providers))
                .addFilterBefore(new ApiTokenFilter(tokens), CsrfFilter.class)
                .addFilterBefore(new SessionRightsFilter(users, sso.settings(), sso.presence()), CsrfFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::authenticatedByToken))
                .headers(headers ->
                        headers(headers, sso.providerOrigin().map(o -> " " + o).orElse("")))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(SecurityConfig::signedIn)
                        .failureHandler(SecurityConfig::failed))
                .logout(logout -> logout.logoutSuccessHandler(sso.signOut()))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> {
                                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                                    response.setCharacterEncoding("UTF-8");
                                    response.getWriter().write(API_401);
                                },
                                api)
                        .defaultAccessDeniedHandlerFor(SecurityConfig::apiDenied, api));
        sso.configure(http, SecurityConfig::signedIn, SecurityConfig::failed);
        return http.build();
    }

    /** Back to the sign-in page, saying why: throttled, refused here after the identity system vouched, or wrong. */
    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!(e instanceof SsoRefused || e.getCause() instanceof SsoRefused)
                && !request.getRequestURI().equals(request.getContextPath() + "/login")) {
            // A provider's answer Taizhang could not use (misconfiguration, clock skew, bad ticket): the operator needs
            // the why.
            LOG.warn("sign-in through the identity system failed at {}", request.getRequestURI(), e);
        }
        String why = e instanceof ThrottledAuthentication.ThrottledException
                ? "locked"
                : e instanceof SsoRefused || e.getCause() instanceof SsoRefused
                        ? "refused"
                        : e instanceof OAuth2AuthenticationException ? "ssoError" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + why);
    }

    /**
     * The new session's CSRF token is made and stored before the redirect: the pages a browser
     * then opens in parallel all read the one token instead of each creating its own.
     */
    static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication user)
            throws IOException, ServletException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        AFTER_SIGN_IN.onAuthenticationSuccess(request, response, user);
    }

    private static final SavedRequestAwareAuthenticationSuccessHandler AFTER_SIGN_IN =
            new SavedRequestAwareAuthenticationSuccessHandler();

    /**
     * Scripts only from the server's own files (no inline script or handler attribute), no
     * framing by any site, no referrer sent elsewhere, and no browser feature the workbench
     * does not use. Inline styles stay allowed: ECharts and htmx set style attributes. With OIDC
     * or CAS, forms may also lead to the provider: signing out redirects there.
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers, String formTargets) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self'" + formTargets)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=()";

    /**
     * Refusals before any handler runs (a missing CSRF token): problem JSON like every API error,
     * and 401 when nobody is signed in, since signing in is what the caller has to do first.
     */
    private static void apiDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        response.setStatus(anonymous ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(anonymous ? API_401 : API_403_CSRF);
    }

    /** bcrypt today, behind the delegating encoder so stored hashes can move to a newer scheme. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserResolver());
    }

    static {
        // The acting user is resolved from the session or token, not sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }
}
