package taizhang.webhook;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Keeps the delivery log from growing without end: deliveries queued longer ago than the retention
 * and finished (delivered or given up) are deleted, a batch per statement so no run holds many
 * rows locked. A pending delivery is never deleted, however old.
 */
@Service
class WebhookRetention {

    static final int BATCH = 1000;
    /** Batches per run: a first run over years of log is spread over several runs of the job. */
    static final int MAX_BATCHES = 20;

    private final WebhookRepository hooks;
    private final Duration retention;
    private final Clock clock;

    WebhookRetention(
            WebhookRepository hooks, @Value("${taizhang.webhooks.retention:P90D}") Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalStateException("taizhang.webhooks.retention must be positive, not " + retention);
        }
        this.hooks = hooks;
        this.retention = retention;
        this.clock = clock;
    }

    /** Deletes finished deliveries older than the retention and answers how many. */
    int purge() {
        var cutoff = clock.instant().minus(retention);
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int n = hooks.deleteFinishedBefore(cutoff, BATCH);
            deleted += n;
            if (n < BATCH) {
                break;
            }
        }
        return deleted;
    }
}
