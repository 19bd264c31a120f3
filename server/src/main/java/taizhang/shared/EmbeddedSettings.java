package taizhang.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Two settings of an embedded H2 file database that depend on how this server uses it; a setting
 * the URL names already is left as it is.
 * <ul>
 * <li>The page cache, sized by the heap. H2 takes a sixteenth of the heap, which on a small heap is
 * too much: the server's own objects (about 70 MB) already fill most of the old generation, so the
 * cache's pages pushed the collector into a full collection every second of a 100,000-row import on
 * 256 MB (4 MB instead of 16 MB: two seconds of pauses less). The cache gets H2's share less 12 MB,
 * and never less than a sixty-fourth of the heap; large heaps keep nearly all of H2's.</li>
 * <li>The write delay. {@link DurableCommits} writes every commit to the file before it is
 * acknowledged, so H2's timed background write (every half second by default) only writes the
 * pages of transactions still running, which it also does whenever their unsaved pages pass its
 * memory limit. Twice a second, it wrote the same index pages of a large import again and again: a
 * tenth of the 100,000-row import's CPU (BENCHMARKS.md, issue 12). Five seconds keeps most of that
 * tenth and bounds what a write made outside a transaction (a login throttle, a delivery's state)
 * could lose in a crash.</li>
 * </ul>
 */
@Component
class EmbeddedSettings implements BeanPostProcessor {

    /** Long enough that a running import's pages are written mostly when memory asks. */
    static final int WRITE_DELAY_MS = 5_000;

    private static final long MB = 1024 * 1024;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource dataSource) {
            dataSource.setJdbcUrl(
                    withSettings(dataSource.getJdbcUrl(), Runtime.getRuntime().maxMemory()));
        }
        return bean;
    }

    static String withSettings(String url, long maxHeap) {
        if (!DurableCommits.isEmbeddedFile(url)) {
            return url;
        }
        return with(with(url, "CACHE_SIZE", kilobytes(maxHeap)), "WRITE_DELAY", WRITE_DELAY_MS);
    }

    private static String with(String url, String setting, long value) {
        return url.toUpperCase(Locale.ROOT).contains(";" + setting + "=") ? url : url + ";" + setting + "=" + value;
    }

    /** The cache in KB for a heap of this many bytes. */
    static long kilobytes(long maxHeap) {
        return Math.max(maxHeap / 16 - 12 * MB, maxHeap / 64) / 1024;
    }
}
