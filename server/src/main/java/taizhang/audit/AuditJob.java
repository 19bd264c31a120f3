package taizhang.audit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import taizhang.shared.JobLease;

/**
 * On one node of several: seals the batches that no sealer finished (a node stopped between a
 * commit and its seal, or sealing failed), then signs a checkpoint of the head when one is due.
 */
@Component
class AuditJob {

    static final String NAME = "audit";

    private static final Logger log = LoggerFactory.getLogger(AuditJob.class);

    private final AuditSealer sealer;
    private final AuditCheckpoints checkpoints;
    private final JobLease lease;

    AuditJob(AuditSealer sealer, AuditCheckpoints checkpoints, JobLease lease) {
        this.sealer = sealer;
        this.checkpoints = checkpoints;
        this.lease = lease;
    }

    @Scheduled(
            fixedDelayString = "${taizhang.audit.interval:PT1M}",
            initialDelayString = "${taizhang.audit.initial-delay:PT1M}")
    void run() {
        // Held at least half the default interval: nodes whose schedules fire close together make one run.
        lease.run(NAME, Duration.ofSeconds(30), Duration.ofMinutes(10), () -> {
            sealer.sealAll(Duration.ofMinutes(5));
            checkpoints.signIfDue().ifPresent(c -> log.info("Audit checkpoint #{} signed at event {}", c.n(), c.seq()));
        });
    }
}
