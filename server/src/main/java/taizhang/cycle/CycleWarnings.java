package taizhang.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.ledger.WarningService;
import taizhang.shared.TableStatistics;

/**
 * Opening, closing or reopening a cycle changes which cycles have passed and which measures owed
 * them, so the campaign's warnings are recomputed once the change has committed: set-based, one
 * statement over the campaign, no measure held in memory. It runs in a transaction of its own, so a
 * failure leaves the cycle as changed and the nightly recomputation catches up; once that has
 * committed, a large move is tidied up for the reads that follow ({@link TableStatistics#afterBulkUpdate}).
 */
@Component
class CycleWarnings {

    private static final Logger log = LoggerFactory.getLogger(CycleWarnings.class);

    private final WarningService warnings;
    private final TableStatistics statistics;
    private final TransactionTemplate ownTransaction;

    CycleWarnings(WarningService warnings, TableStatistics statistics, PlatformTransactionManager transactions) {
        this.warnings = warnings;
        this.statistics = statistics;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Published by {@link CycleService} in the transaction that opens, closes or reopens a cycle. */
    record Changed(long campaignId) {}

    @TransactionalEventListener
    void recompute(Changed event) {
        long started = System.nanoTime();
        try {
            int moved = ownTransaction.execute(status -> warnings.recompute(event.campaignId()));
            statistics.afterBulkUpdate("measure", moved);
            // How long it took, for the operator when it adds to the office's wait for the open or the
            // close; the demo's seeding changes a dozen cycles in milliseconds and says nothing.
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis >= 1_000) {
                log.info(
                        "Warnings of campaign {} recomputed after a cycle changed: {} measures moved in {} ms",
                        event.campaignId(),
                        moved,
                        millis);
            }
        } catch (RuntimeException e) {
            log.error("Warnings of campaign {} not recomputed after a cycle changed", event.campaignId(), e);
        }
    }
}
