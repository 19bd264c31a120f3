package taizhang.webhook;

import java.time.Instant;

/**
 * One line of the delivery log: an event for an organisation, how many tries it took, how the last
 * one went (the receiver's HTTP status, or the error when there was none) and when the next is due.
 *
 * @param id the delivery id the receiver gets in {@code X-Taizhang-Delivery}, the same on every try
 */
public record Delivery(
        String id,
        long orgId,
        String event,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Integer lastStatus,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt) {

    public String statusLabel() {
        return status.label();
    }
}
