package taizhang.webhook;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import taizhang.shared.JobLease;

/**
 * Sends due webhook deliveries every half minute, on one node at a time, then deletes finished ones
 * past the retention. The rows are claimed one by one as well, so even two runs at once never send
 * a delivery twice.
 */
@Component
class WebhookDeliveryJob {

    static final String NAME = "webhook-delivery";

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);

    private final WebhookDeliveries deliveries;
    private final WebhookRetention retention;
    private final JobLease lease;

    WebhookDeliveryJob(WebhookDeliveries deliveries, WebhookRetention retention, JobLease lease) {
        this.deliveries = deliveries;
        this.retention = retention;
        this.lease = lease;
    }

    @Scheduled(
            fixedDelayString = "${taizhang.webhooks.interval:PT30S}",
            initialDelayString = "${taizhang.webhooks.initial-delay:PT30S}")
    void deliver() {
        // Held at least half the interval: nodes whose schedules fire close together make one run.
        lease.run(NAME, Duration.ofSeconds(15), Duration.ofMinutes(10), () -> {
            int tried = deliveries.sendDue();
            if (tried > 0) {
                log.info("Webhook deliveries tried: {}", tried);
            }
            int purged = retention.purge();
            if (purged > 0) {
                log.info("Webhook deliveries past retention deleted: {}", purged);
            }
        });
    }
}
