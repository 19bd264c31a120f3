package taizhang.webhook;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each {@link OutgoingEvent} into an outbox row. A plain listener on purpose: it runs in the
 * publisher's transaction, so the row commits or rolls back with the change that caused it.
 */
@Component
public class WebhookListener {

    private final WebhookOutbox outbox;

    WebhookListener(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    public void on(OutgoingEvent event) {
        outbox.enqueue(event.orgId(), event.type(), event.payloadJson());
    }
}
