package taizhang.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Sizes the page cache of an embedded H2 file database by the heap. H2 takes a sixteenth of the
 * heap, which on a small heap is too much: the server's own objects (about 70 MB) already fill most
 * of the old generation, so the cache's pages pushed the collector into a full collection every
 * second of a 100,000-row import on 256 MB (4 MB instead of 16 MB: two seconds of pauses less). The
 * cache gets H2's share less 12 MB, and never less than a sixty-fourth of the heap; large heaps keep
 * nearly all of H2's. A {@code CACHE_SIZE} in the URL is left as it is.
 */
@Component
class EmbeddedCacheSize implements BeanPostProcessor {

    private static final long MB = 1024 * 1024;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource dataSource) {
            dataSource.setJdbcUrl(
                    withCacheSize(dataSource.getJdbcUrl(), Runtime.getRuntime().maxMemory()));
        }
        return bean;
    }

    static String withCacheSize(String url, long maxHeap) {
        if (!DurableCommits.isEmbeddedFile(url) || url.toUpperCase(Locale.ROOT).contains(";CACHE_SIZE=")) {
            return url;
        }
        return url + ";CACHE_SIZE=" + kilobytes(maxHeap);
    }

    /** The cache in KB for a heap of this many bytes. */
    static long kilobytes(long maxHeap) {
        return Math.max(maxHeap / 16 - 12 * MB, maxHeap / 64) / 1024;
    }
}
