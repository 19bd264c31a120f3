package taizhang.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import taizhang.ledger.WarningService;

/**
 * Opening, closing or reopening a cycle changes which cycles have passed and which measures owed
 * them, so the campaign's warnings are recomputed once the change has committed: set-based, one
 * statement over the campaign, no measure held in memory. It runs in a transaction of its own, so a
 * failure leaves the cycle as changed and the nightly recomputation catches up.
 */
@Component
class CycleWarnings {

    private static final Logger log = LoggerFactory.getLogger(CycleWarnings.class);

    private final WarningService warnings;

    CycleWarnings(WarningService warnings) {
        this.warnings = warnings;
    }

    /** Published by {@link CycleService} in the transaction that opens, closes or reopens a cycle. */
    record Changed(long campaignId) {}

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recompute(Changed event) {
        long started = System.nanoTime();
        try {
            int moved = warnings.recompute(event.campaignId());
            // How long it took, for the operator: it adds to the office's wait for the open or the close.
            log.info(
                    "Warnings of campaign {} recomputed after a cycle changed: {} measures moved in {} ms",
                    event.campaignId(),
                    moved,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Warnings of campaign {} not recomputed after a cycle changed", event.campaignId(), e);
        }
    }
}
