package taizhang.notify;

import java.time.Instant;

/** One notice in one user's inbox; {@code title} is the kind's label. */
public record Notification(
        long id, NotificationKind kind, String title, String text, String link, Instant createdAt, boolean read) {}
