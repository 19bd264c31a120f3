package taizhang.ledger;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import taizhang.shared.JobLease;
import taizhang.shared.TableStatistics;

/**
 * Warnings move with the calendar (a deadline comes near, a cycle passes unreported, a plan
 * rises), so they are recomputed every night as well as on every write. One node of several does it.
 */
@Component
class WarningJob {

    private static final Logger log = LoggerFactory.getLogger(WarningJob.class);

    private final WarningService warnings;
    private final JobLease lease;
    private final TableStatistics statistics;

    WarningJob(WarningService warnings, JobLease lease, TableStatistics statistics) {
        this.warnings = warnings;
        this.lease = lease;
        this.statistics = statistics;
    }

    @Scheduled(cron = "${taizhang.warnings.cron:0 10 1 * * *}")
    void recompute() {
        // Held half a day from the start: every node fires at 01:10 by its own clock, and one run a night is enough.
        lease.run("warnings", Duration.ofHours(12), Duration.ofHours(12), () -> {
            int changed = warnings.recomputeAll();
            log.info("Warnings recomputed: {} measures changed level", changed);
            statistics.afterBulkUpdate("measure", changed);
        });
    }
}
