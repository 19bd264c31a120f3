package taizhang.extract.input;

import java.time.Duration;

/**
 * Bounds on what one {@link DocumentReader#read} may cost, so that a hostile or broken file
 * gets a clear refusal instead of taking the process down.
 *
 * @param maxInputBytes the largest file accepted at all
 * @param maxTextChars the longest decoded text accepted (a small file can still expand)
 * @param minInflateRatio a ZIP entry compressed below this ratio (compressed / inflated) is a
 *     zip bomb; ordinary DOCX entries stay well above 1 %
 * @param maxZipEntryBytes the largest inflated size of one entry of a DOCX
 * @param maxZipTotalBytes the largest inflated size of all entries of a DOCX together
 * @param maxZipEntries the most entries a DOCX may have
 * @param maxHtmlDepth the deepest element nesting of a web page; browsers stop at 512
 * @param timeout the wall-clock time one read may take
 */
public record ReadLimits(
        long maxInputBytes,
        int maxTextChars,
        double minInflateRatio,
        long maxZipEntryBytes,
        long maxZipTotalBytes,
        int maxZipEntries,
        int maxHtmlDepth,
        Duration timeout) {

    private static final long MB = 1024L * 1024L;

    public ReadLimits {
        if (maxInputBytes <= 0
                || maxTextChars <= 0
                || maxZipEntryBytes <= 0
                || maxZipTotalBytes <= 0
                || maxZipEntries <= 0
                || maxHtmlDepth < 8
                || minInflateRatio < 0
                || minInflateRatio >= 1) {
            throw new IllegalArgumentException("read limits out of range: " + maxInputBytes + ", " + maxTextChars
                    + ", " + minInflateRatio + ", " + maxZipEntryBytes + ", " + maxZipTotalBytes + ", "
                    + maxZipEntries + ", " + maxHtmlDepth);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** 50 MB in, 30 million characters out, DOCX inflating to at most 200 MB, 30 seconds. */
    public static ReadLimits defaults() {
        return new ReadLimits(50 * MB, 30_000_000, 0.01, 200 * MB, 400 * MB, 2_000, 512, Duration.ofSeconds(30));
    }

    public ReadLimits withMaxInputBytes(long bytes) {
        return new ReadLimits(
                bytes,
                maxTextChars,
                minInflateRatio,
                maxZipEntryBytes,
                maxZipTotalBytes,
                maxZipEntries,
                maxHtmlDepth,
                timeout);
    }

    public ReadLimits withMaxTextChars(int chars) {
        return new ReadLimits(
                maxInputBytes,
                chars,
                minInflateRatio,
                maxZipEntryBytes,
                maxZipTotalBytes,
                maxZipEntries,
                maxHtmlDepth,
                timeout);
    }

    public ReadLimits withMaxHtmlDepth(int depth) {
        return new ReadLimits(
                maxInputBytes,
                maxTextChars,
                minInflateRatio,
                maxZipEntryBytes,
                maxZipTotalBytes,
                maxZipEntries,
                depth,
                timeout);
    }

    public ReadLimits withTimeout(Duration newTimeout) {
        return new ReadLimits(
                maxInputBytes,
                maxTextChars,
                minInflateRatio,
                maxZipEntryBytes,
                maxZipTotalBytes,
                maxZipEntries,
                maxHtmlDepth,
                newTimeout);
    }
}
