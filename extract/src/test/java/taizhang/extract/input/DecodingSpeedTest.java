package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Decoding must not be the pipeline's bottleneck (tens of MB/s per core). Not a benchmark: a
 * coarse floor, far under what is measured, that catches a slow path (a detector fed the whole
 * file, a per-character regex) without failing on a busy machine. The measured rate is printed.
 */
class DecodingSpeedTest {

    private static final double FLOOR_MB_PER_S = 15;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void decodesTenMegabytesOfGbkQuickly() {
        assertRate("GBK", tenMegabytes(TextDecoder.GBK));
    }

    @Test
    void decodesTenMegabytesOfUtf8Quickly() {
        assertRate("UTF-8", tenMegabytes(StandardCharsets.UTF_8));
    }

    private void assertRate(String charset, byte[] bytes) {
        for (int i = 0; i < 3; i++) {
            reader.read(bytes);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            DecodedText decoded = reader.read(bytes);
            best = Math.min(best, System.nanoTime() - start);
            assertThat(decoded.charset()).isEqualTo(charset);
        }
        double mbPerSecond = bytes.length / 1e6 / (best / 1e9);
        System.out.printf(
                "decoding %.1f MB of %s text: %.0f MB/s (best of 5)%n", bytes.length / 1e6, charset, mbPerSecond);
        assertThat(mbPerSecond).isGreaterThan(FLOOR_MB_PER_S);
    }

    private static byte[] tenMegabytes(java.nio.charset.Charset charset) {
        byte[] one = Fixtures.seed().getBytes(charset);
        int copies = (10_000_000 + one.length - 1) / one.length;
        byte[] all = new byte[one.length * copies];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(one, 0, all, i * one.length, one.length);
        }
        return all;
    }
}
