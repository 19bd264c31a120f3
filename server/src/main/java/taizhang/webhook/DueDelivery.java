package taizhang.webhook;

import java.time.Instant;

/**
 * A delivery this node has claimed, with what sending it needs; {@code url} is null when the webhook
 * is gone, {@code secret} when it cannot be opened with this node's key.
 */
record DueDelivery(
        long rowId,
        String deliveryId,
        long orgId,
        String eventType,
        String payload,
        int attempts,
        Instant createdAt,
        String url,
        String secret,
        boolean enabled) {}
