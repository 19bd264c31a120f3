package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page cache and write delay an embedded H2 file database gets. */
class EmbeddedSettingsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aSmallHeapGetsASmallCacheAndALargeOneNearlyH2sOwn() {
        assertThat(EmbeddedSettings.kilobytes(256 * MB)).isEqualTo(4 * 1024);
        assertThat(EmbeddedSettings.kilobytes(192 * MB)).isEqualTo(3 * 1024);
        assertThat(EmbeddedSettings.kilobytes(512 * MB)).isEqualTo(20 * 1024);
        assertThat(EmbeddedSettings.kilobytes(2048 * MB)).isEqualTo(116 * 1024);
    }

    @Test
    void onlyAnEmbeddedFileDatabaseWithoutItsOwnSettingsIsChanged() {
        String file = "jdbc:h2:file:./data/taizhang;MODE=PostgreSQL";
        assertThat(EmbeddedSettings.withSettings(file, 256 * MB))
                .isEqualTo(file + ";CACHE_SIZE=4096;WRITE_DELAY=" + EmbeddedSettings.WRITE_DELAY_MS);
        assertThat(EmbeddedSettings.withSettings(file + ";cache_size=9000;write_delay=500", 256 * MB))
                .isEqualTo(file + ";cache_size=9000;write_delay=500");
        assertThat(EmbeddedSettings.withSettings("jdbc:h2:mem:test", 256 * MB)).isEqualTo("jdbc:h2:mem:test");
        assertThat(EmbeddedSettings.withSettings("jdbc:postgresql://127.0.0.1/taizhang", 256 * MB))
                .isEqualTo("jdbc:postgresql://127.0.0.1/taizhang");
    }
}
