package taizhang.ingest;

import java.time.Instant;

/**
 * One import as stored: the draft and whether it was accepted. The text it was read from stays in
 * the database; pages read the stretch they show ({@link ImportService#page}).
 */
public record ImportRecord(
        long id,
        Long campaignId,
        long ownerOrgId,
        String fileName,
        String sha256,
        Status status,
        Draft draft,
        String createdBy,
        Instant createdAt,
        Instant acceptedAt,
        int version) {

    /** An import in a list: its size without its draft; the counts are null for drafts stored before they were kept. */
    public record Summary(
            long id,
            String fileName,
            Status status,
            Integer problems,
            Integer measures,
            Integer readings,
            String createdBy) {}

    public enum Status {
        DRAFT,
        ACCEPTED,
        DISCARDED
    }
}
