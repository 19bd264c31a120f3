package taizhang.home;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one place where pages become Traditional: every HTML response (page or htmx fragment)
 * is converted as a whole when the reader chose 繁體, so the interface strings and the ledger's
 * text are converted alike and no template needs to care. JSON, files and assets pass as they are.
 */
@Component
class ScriptFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return Script.of(request) != Script.HANT || uri.startsWith("/api/") || uri.startsWith("/webjars/")
                || uri.startsWith("/css/") || uri.startsWith("/js/");
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
        byte[] converted = Script.HANT.display(html).getBytes(StandardCharsets.UTF_8);
        wrapper.resetBuffer();
        response.setContentLength(converted.length);
        response.getOutputStream().write(converted);
    }
}
