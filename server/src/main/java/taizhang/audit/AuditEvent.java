package taizhang.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import taizhang.shared.Sha256;

/**
 * One entry of the audit trail: who did what to which object, with the object before and
 * after as JSON. {@code hash} covers the predecessor's hash and every field of this event, so
 * changing, removing or reordering any stored event breaks the chain from there on.
 */
public record AuditEvent(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        Long objectId,
        String beforeJson,
        String afterJson,
        String prevHash,
        String hash) {

    public static final String GENESIS = "0".repeat(64);

    /** The hash this event must have, given its fields and its predecessor's hash. */
    public String expectedHash() {
        return hash(seq, occurredAt, actor, action, objectType, objectId, beforeJson, afterJson, prevHash);
    }

    /** The event at place {@code seq} of the chain, after the event whose hash is {@code prevHash}. */
    static AuditEvent chained(
            long seq,
            String prevHash,
            Instant occurredAt,
            String actor,
            String action,
            String objectType,
            Long objectId,
            String beforeJson,
            String afterJson) {
        return new AuditEvent(
                seq,
                occurredAt,
                actor,
                action,
                objectType,
                objectId,
                beforeJson,
                afterJson,
                prevHash,
                hash(seq, occurredAt, actor, action, objectType, objectId, beforeJson, afterJson, prevHash));
    }

    static String hash(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String objectType,
            Long objectId,
            String beforeJson,
            String afterJson,
            String prevHash) {
        // Lengths are part of the content so that no two field splits give the same bytes.
        StringBuilder content = new StringBuilder(prevHash);
        for (Object field :
                new Object[] {seq, occurredAt, actor, action, objectType, objectId, beforeJson, afterJson}) {
            String text = field == null ? "" : field.toString();
            content.append('|')
                    .append(field == null ? -1 : text.length())
                    .append(':')
                    .append(text);
        }
        return Sha256.hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
