package taizhang.extract.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 that has no byte order mark. In UTF-16 every other byte is the high half
 * of a code unit; for report text that half is 0x00 (ASCII), 0x30 (CJK punctuation), 0x4E–0x9F
 * (common Han characters) or 0xFF (full-width forms), and the other half is anything. No
 * single- or multi-byte Chinese encoding keeps such a rhythm.
 */
final class Utf16Evidence {

    private static final int SAMPLE = 64 * 1024;
    private static final double RHYTHM = 0.9;

    private Utf16Evidence() {}

    /** UTF-16LE or UTF-16BE if the bytes plainly are, else null. */
    static Charset of(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        if (n < 16) {
            return null;
        }
        double even = highHalfShare(bytes, 0, n);
        double odd = highHalfShare(bytes, 1, n);
        if (odd >= RHYTHM && even < RHYTHM) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= RHYTHM && odd < RHYTHM) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static double highHalfShare(byte[] bytes, int start, int n) {
        int hits = 0;
        for (int i = start; i < n; i += 2) {
            int b = bytes[i] & 0xFF;
            if (b == 0x00 || b == 0x20 || b == 0x30 || b == 0xFF || (b >= 0x4E && b <= 0x9F)) {
                hits++;
            }
        }
        return hits / (n / 2.0);
    }
}
