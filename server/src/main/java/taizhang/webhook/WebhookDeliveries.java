package taizhang.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import taizhang.shared.JobLease;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the deliveries that are due, each claimed first so that no two nodes send one row, and
 * records every try. Runs outside any transaction: no connection is held while a receiver answers.
 */
@Service
class WebhookDeliveries {

    static final int BATCH = 50;
    static final String DELIVERY_HEADER = "X-Taizhang-Delivery";
    static final String TIMESTAMP_HEADER = "X-Taizhang-Timestamp";
    static final String EVENT_HEADER = "X-Taizhang-Event";

    private final WebhookRepository hooks;
    private final WebhookSender sender;
    private final JsonMapper json;
    private final Clock clock;
    private final String node;

    @Autowired
    WebhookDeliveries(WebhookRepository hooks, WebhookSender sender, JsonMapper json, Clock clock, JobLease lease) {
        this(hooks, sender, json, clock, lease.node());
    }

    /** {@code node} names this sender in the rows it claims. */
    WebhookDeliveries(WebhookRepository hooks, WebhookSender sender, JsonMapper json, Clock clock, String node) {
        this.hooks = hooks;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
        this.node = node;
    }

    /** Sends every delivery due now, batch by batch, and answers how many were tried. */
    int sendDue() {
        int tried = 0;
        while (true) {
            List<Long> due = hooks.due(clock.instant(), BATCH);
            int claimed = 0;
            for (long id : due) {
                Optional<DueDelivery> mine = hooks.claim(id, node) ? hooks.claimed(id, node) : Optional.empty();
                if (mine.isPresent()) {
                    claimed++;
                    send(mine.get());
                }
            }
            tried += claimed;
            // Every row tried leaves the due set (sent, rescheduled or given up), so this ends.
            if (claimed == 0) {
                return tried;
            }
        }
    }

    private void send(DueDelivery d) {
        if (d.url() == null || !d.enabled()) {
            hooks.recordAttempt(
                    d.rowId(),
                    node,
                    DeliveryStatus.FAILED,
                    clock.instant(),
                    null,
                    WebhookRepository.GIVEN_UP,
                    null,
                    false);
            return;
        }
        int attempt = d.attempts() + 1;
        WebhookSender.Outcome outcome = d.secret() == null
                ? new WebhookSender.Outcome(null, "推送密钥已加密保存，本节点无法解密（加密密钥未配置或已更换），请重新设置推送密钥")
                : post(d, attempt);
        Instant at = clock.instant();
        if (outcome.delivered()) {
            hooks.recordAttempt(d.rowId(), node, DeliveryStatus.DELIVERED, at, outcome.status(), null, null, true);
            return;
        }
        Optional<Instant> next = Backoff.next(attempt, at);
        hooks.recordAttempt(
                d.rowId(),
                node,
                next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED,
                at,
                outcome.status(),
                outcome.error(),
                next.orElse(null),
                true);
    }

    private WebhookSender.Outcome post(DueDelivery d, int attempt) {
        Instant sentAt = clock.instant();
        byte[] body = body(d, attempt, sentAt);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EVENT_HEADER, d.eventType());
        headers.put(DELIVERY_HEADER, d.deliveryId());
        headers.put(TIMESTAMP_HEADER, Long.toString(sentAt.getEpochSecond()));
        headers.put(Signature.HEADER, Signature.of(d.secret(), body));
        return sender.post(URI.create(d.url()), headers, body);
    }

    /**
     * The signed body: the delivery id and the time of this try travel inside it, so the signature
     * covers them and a receiver can refuse a body it has seen or one sent too long ago.
     */
    private byte[] body(DueDelivery d, int attempt, Instant sentAt) {
        ObjectNode body = json.createObjectNode();
        body.put("id", d.deliveryId());
        body.put("event", d.eventType());
        body.put("orgId", d.orgId());
        body.put("occurredAt", d.createdAt().toString());
        body.put("sentAt", sentAt.toString());
        body.put("attempt", attempt);
        body.set("data", json.readTree(d.payload()));
        return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }
}
