package taizhang.webhook;

/**
 * An event to push to an organisation's webhook, published as a Spring application event by any
 * feature (the inbox publishes one per notification); {@link WebhookListener} puts it in the outbox.
 *
 * @param type a short name such as {@code report.returned}
 * @param payloadJson the event's data as a JSON document
 */
public record OutgoingEvent(long orgId, String type, String payloadJson) {}
