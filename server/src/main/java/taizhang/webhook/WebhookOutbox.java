package taizhang.webhook;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where events for an organisation's webhook are put: a row in {@code webhook_delivery}, written in
 * the caller's transaction, so an event is sent if and only if the change it tells of is committed.
 * The delivery job sends it later; nothing here waits for the network.
 */
@Service
public class WebhookOutbox {

    private final WebhookRepository hooks;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookRepository hooks, JsonMapper json, Clock clock) {
        this.hooks = hooks;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the event for the organisation's webhook and answers its delivery id, or null when the
     * organisation has no webhook switched on (then nothing is stored).
     *
     * @param eventType a short name such as {@code cycle.opened}
     * @param payloadJson the event's data as a JSON document; it becomes the body's {@code data}
     */
    @Transactional
    public String enqueue(long orgId, String eventType, String payloadJson) {
        if (hooks.find(orgId).filter(Webhook::enabled).isEmpty()) {
            return null;
        }
        try {
            json.readTree(payloadJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("webhook payload for " + eventType + " is not JSON", e);
        }
        String deliveryId = UUID.randomUUID().toString();
        hooks.insertDelivery(deliveryId, orgId, eventType, payloadJson, clock.instant());
        return deliveryId;
    }
}
