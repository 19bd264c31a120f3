package taizhang.ingest;

import java.time.Instant;

/**
 * One import as stored: its draft's head and size, and whether it was accepted. The draft's items
 * and the text it was read from stay in the database; pages read the stretch they show
 * ({@link ImportService#page}).
 *
 * @param head null only for a draft stored whole before drafts were stored as rows, until
 *     {@link ImportService} cuts it into rows on first reading
 */
public record ImportRecord(
        long id,
        Long campaignId,
        long ownerOrgId,
        String fileName,
        String sha256,
        Status status,
        DraftHead head,
        DraftSize size,
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
