package taizhang.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a workbench form posted without JavaScript gets that htmx gives it in the browser. A form
 * tells it in hidden fields ({@code layout/_noScript.jte}): {@code _confirm}, the question to ask
 * before posting (app.js has htmx ask it); posted without htmx and without {@code _confirmed}, the
 * form is answered by a page asking it ({@code layout/confirm.jte}), whose 确定 posts the same
 * fields again with {@code _confirmed}. {@code _at}, the part of the page the form's messages stand
 * beside, named by its element's id: a refusal sends the browser back to the page with the message
 * there and the part in view ({@link PageExceptionHandler}). A multipart upload is posted at once: a
 * page cannot send its file again.
 */
@Configuration(proxyBeanMethods = false)
class NoScriptForms implements WebMvcConfigurer {

    static final String QUESTION = "_confirm";
    static final String CONFIRMED = "_confirmed";
    static final String AT = "_at";
    /** The page the form was on, carried through the confirmation page (whose own address is the form's action). */
    static final String FROM = "_from";

    private static final Set<String> OWN = Set.of(QUESTION, CONFIRMED, FROM);
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    /** After the check of every value ({@code RequestValueChecks}), so a bad value is refused, not asked about. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AskFirst()).order(1);
    }

    /** A plain post of a page's form, not an htmx request. */
    static boolean plainPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && !Htmx.isRequest(request);
    }

    /**
     * The page a plain form was posted from, as a path on this site: the one the form states
     * ({@code _from}) or else the Referer when it is of this site. The form's own action only when
     * a page answers there too (a form posting to its page's address); an address answering only
     * posts is no way back. Empty when none is known.
     */
    static Optional<String> origin(HttpServletRequest request, Pages pages) {
        String stated = request.getParameter(FROM);
        Optional<String> page = stated != null && local(stated) ? Optional.of(stated) : referer(request);
        return page.filter(path -> {
            String raw = URI.create(path).getRawPath();
            return !raw.equals(request.getRequestURI()) || pages.answersGet(raw);
        });
    }

    /**
     * A refusal of a plain post, sent back to the page the form was on: beside the form when it
     * names its part (flash {@code message}, {@code messageAt} and {@code messageError}), brought into
     * view ({@link Htmx#reloadRefused}), else at the top ({@link Frame#refused}). Empty for htmx, or
     * when that page is not known.
     */
    static Optional<ResponseEntity<Void>> sendBack(
            HttpServletRequest request, HttpServletResponse response, Pages pages, String message) {
        Optional<String> back = plainPost(request) ? origin(request, pages) : Optional.empty();
        if (back.isEmpty()) {
            return Optional.empty();
        }
        String at = request.getParameter(AT);
        if (at == null || !PART.matcher(at).matches()) {
            RequestContextUtils.getOutputFlashMap(request).put(FrameAdvice.REFUSED, message);
            RequestContextUtils.saveOutputFlashMap(back.get(), request, response);
            return Optional.of(Htmx.redirect(request, back.get()));
        }
        return Optional.of(Htmx.reloadRefused(request, response, back.get(), message, at));
    }

    /** The fields to post again once confirmed: all but the CSRF token (the page writes its own) and these marks. */
    static List<FormField> fields(HttpServletRequest request, CsrfToken csrf, Pages pages) {
        List<FormField> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (OWN.contains(name) || (csrf != null && name.equals(csrf.getParameterName()))) {
                continue;
            }
            for (String value : parameter.getValue()) {
                fields.add(new FormField(name, value));
            }
        }
        origin(request, pages).ifPresent(from -> fields.add(new FormField(FROM, from)));
        return fields;
    }

    /** A path of this site: one slash, no scheme or host, nothing a Location header cannot carry. */
    static boolean local(String path) {
        if (!path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> referer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            boolean sameSite = request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port(uri);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return sameSite && local(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The question a plain post must answer before its handler runs. */
    static final class ConfirmationNeeded extends RuntimeException {

        ConfirmationNeeded(String question) {
            super(question, null, false, false);
        }
    }

    /** Asks first: a plain post of a page's form that carries a question and no answer. */
    static final class AskFirst implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method)
                    || !PageController.class.isAssignableFrom(method.getBeanType())
                    || !plainPost(request)
                    || multipart(request)
                    || request.getParameter(CONFIRMED) != null) {
                return true;
            }
            String question = request.getParameter(QUESTION);
            if (question == null || question.isBlank()) {
                return true;
            }
            throw new ConfirmationNeeded(question);
        }

        private static boolean multipart(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        }
    }
}
