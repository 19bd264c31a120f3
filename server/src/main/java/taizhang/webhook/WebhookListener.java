package taizhang.webhook;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import taizhang.notify.NotificationCreated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each {@link OutgoingEvent} into an outbox row. A plain listener on purpose: it runs in the
 * publisher's transaction, so the row commits or rolls back with the change that caused it.
 */
@Component
public class WebhookListener {

    private final WebhookOutbox outbox;
    private final JsonMapper json;

    WebhookListener(WebhookOutbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Every notice the inbox stores for an organisation, e.g. {@code notification.report_returned}. */
    @EventListener
    public void on(NotificationCreated notice) {
        outbox.enqueue(
                notice.orgId(),
                "notification." + notice.kind().name().toLowerCase(Locale.ROOT),
                json.writeValueAsString(notice.payload()));
    }

    @EventListener
    public void on(OutgoingEvent event) {
        outbox.enqueue(event.orgId(), event.type(), event.payloadJson());
    }
}
