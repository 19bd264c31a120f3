package taizhang.notify;

import java.time.Instant;

/**
 * Published once for every notice stored, inside the transaction that stores it: the one seam for
 * whatever else tells an organisation (its mail here; an outgoing webhook can write its outbox in
 * the same transaction with a plain listener, or act after commit).
 */
public record NotificationCreated(long orgId, NotificationKind kind, Payload payload) {

    /** The notice as stored; {@code link} is a path on this server. */
    public record Payload(long noticeId, String title, String text, String link, Instant createdAt) {}
}
