package taizhang.evidence;

import java.time.Instant;

/** An evidence file's description; its bytes are read only to download it. */
public record EvidenceFile(
        long id,
        long measureId,
        Long reportId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    /** The size as people read it: 12.3 KB, 4.5 MB. */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        return size < 1024 * 1024
                ? String.format("%.1f KB", size / 1024.0)
                : String.format("%.1f MB", size / 1048576.0);
    }
}
