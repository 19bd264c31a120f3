package taizhang.ingest;

import java.time.Instant;

/** One import as stored: the draft, the text it was read from, and whether it was accepted. */
public record ImportRecord(
        long id,
        Long campaignId,
        long ownerOrgId,
        String fileName,
        String sha256,
        Status status,
        String sourceText,
        Draft draft,
        String createdBy,
        Instant createdAt,
        Instant acceptedAt,
        int version) {

    public enum Status {
        DRAFT,
        ACCEPTED,
        DISCARDED
    }
}
