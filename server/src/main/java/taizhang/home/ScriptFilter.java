package taizhang.home;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one place where pages take the reader's script: every HTML response (page or htmx
 * fragment) is converted as a whole, so the interface strings and the ledger's text (stored as
 * imported, often Traditional) read alike and no template needs to care. Form values are kept
 * as stored ({@link Script#page}). JSON, files and assets pass as they are.
 */
@Component
class ScriptFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/")
                || uri.startsWith("/webjars/")
                || uri.startsWith("/css/")
                || uri.startsWith("/js/");
    }

    /** Boot's error page ({@link ErrorPages}) is a page too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * A page printed or saved in another script than the reader's ({@code ?script=hant}, as the
     * exports take it); any other value leaves the reader's script.
     */
    private static Script chosen(HttpServletRequest request) {
        // The address only: asking for a parameter would read a posted form, and parse (or fail
        // on) an upload, after its handler has answered.
        String query = request.getQueryString();
        String asked = query == null
                ? null
                : UriComponentsBuilder.newInstance()
                        .query(query)
                        .build()
                        .getQueryParams()
                        .getFirst("script");
        return "hans".equalsIgnoreCase(asked) || "hant".equalsIgnoreCase(asked) ? Script.of(asked) : Script.of(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (type == null || !type.startsWith("text/html") || wrapper.getContentSize() == 0) {
            wrapper.copyBodyToResponse();
            return;
        }
        String html = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
        Script script = chosen(request);
        byte[] converted = script.page(html).getBytes(StandardCharsets.UTF_8);
        wrapper.resetBuffer();
        // Content-Language: the page's script, not the browser's Accept-Language that Spring set.
        response.setLocale(Locale.forLanguageTag(script.lang()));
        response.setContentLength(converted.length);
        response.getOutputStream().write(converted);
    }
}
