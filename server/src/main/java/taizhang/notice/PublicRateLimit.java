package taizhang.notice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public pages take at most {@code taizhang.public.max-per-minute} requests a minute from one
 * address (the client's, as the server sees it: behind a proxy, set the forward-headers strategy);
 * more get 429 with {@code Retry-After}. Counted per node, in memory: a few nodes multiply the limit
 * by their number, which is enough against a scraper and needs no shared store.
 */
@Component
class PublicRateLimit extends OncePerRequestFilter {

    /** Addresses remembered at most; past that the oldest minute's counts are dropped early. */
    static final int ADDRESSES = 10_000;

    private record Window(long minute, AtomicInteger count) {}

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimit(@Value("${taizhang.public.max-per-minute:120}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/public");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long minute = clock.millis() / 60_000;
        if (windows.size() > ADDRESSES) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(
                request.getRemoteAddr(),
                (address, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
        if (window.count().incrementAndGet() > perMinute) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(60 - clock.millis() / 1000 % 60));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("请求过于频繁，请稍后再试");
            return;
        }
        chain.doFilter(request, response);
    }
}
