package taizhang.extract.input;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Inflates every entry of a ZIP once, counting, before POI holds it in memory: a zip bomb
 * (a few kilobytes that inflate to gigabytes) is refused by its ratio or its size while only a
 * small buffer has been spent. POI has the same checks, but its settings are global to the JVM;
 * these are per call.
 */
final class ZipGuard {

    /** Ratios are only meaningful once an entry has inflated this far; tiny entries compress oddly. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private ZipGuard() {}

    static void check(byte[] bytes, ReadLimits limits) throws IOException {
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw bomb("文件包含的部件过多（超过 " + limits.maxZipEntries() + " 个）", "too many ZIP entries");
                }
                long compressedStart = counted.count;
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    checkEntry(entry.getName(), inflated, counted.count - compressedStart, total, limits);
                }
            }
        }
        if (entries == 0) {
            throw new ExtractionException(Kind.MALFORMED, "Word 文档已损坏：压缩包中没有任何内容。 (empty ZIP)");
        }
    }

    private static void checkEntry(String name, long inflated, long compressed, long total, ReadLimits limits) {
        if (inflated > limits.maxZipEntryBytes() || total > limits.maxZipTotalBytes()) {
            throw bomb(
                    "解压后超过 " + (limits.maxZipEntryBytes() >> 20) + " MB 的上限",
                    "entry " + name + " inflates beyond " + limits.maxZipEntryBytes() + " bytes");
        }
        if (inflated > RATIO_GRACE_BYTES && (double) compressed / inflated < limits.minInflateRatio()) {
            throw bomb("压缩比异常（疑似“压缩炸弹”）", "entry " + name + " compression ratio below " + limits.minInflateRatio());
        }
    }

    private static ExtractionException bomb(String why, String english) {
        return new ExtractionException(
                Kind.TOO_LARGE, "Word 文档解压后过大，无法读取：" + why + "。 (zip bomb protection: " + english + ")");
    }

    /** Counts the compressed bytes the inflater has consumed. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
