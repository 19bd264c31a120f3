package taizhang.notify;

/**
 * A message to one organisation about one event. {@code key} names the event (a cycle's due date
 * passed, a report's return); an organisation is told of an event once, whoever tells it again.
 * {@code link} is the page to open, a path on this server.
 */
public record Notice(long orgId, NotificationKind kind, String key, String text, String link) {}
