package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page cache an embedded H2 file database gets for the heap it runs in. */
class EmbeddedCacheSizeTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aSmallHeapGetsASmallCacheAndALargeOneNearlyH2sOwn() {
        assertThat(EmbeddedCacheSize.kilobytes(256 * MB)).isEqualTo(4 * 1024);
        assertThat(EmbeddedCacheSize.kilobytes(192 * MB)).isEqualTo(3 * 1024);
        assertThat(EmbeddedCacheSize.kilobytes(512 * MB)).isEqualTo(20 * 1024);
        assertThat(EmbeddedCacheSize.kilobytes(2048 * MB)).isEqualTo(116 * 1024);
    }

    @Test
    void onlyAnEmbeddedFileDatabaseWithoutItsOwnSizeIsChanged() {
        String file = "jdbc:h2:file:./data/taizhang;MODE=PostgreSQL";
        assertThat(EmbeddedCacheSize.withCacheSize(file, 256 * MB)).isEqualTo(file + ";CACHE_SIZE=4096");
        assertThat(EmbeddedCacheSize.withCacheSize(file + ";cache_size=9000", 256 * MB))
                .endsWith(";cache_size=9000");
        assertThat(EmbeddedCacheSize.withCacheSize("jdbc:h2:mem:test", 256 * MB))
                .isEqualTo("jdbc:h2:mem:test");
        assertThat(EmbeddedCacheSize.withCacheSize("jdbc:postgresql://127.0.0.1/taizhang", 256 * MB))
                .isEqualTo("jdbc:postgresql://127.0.0.1/taizhang");
    }
}
