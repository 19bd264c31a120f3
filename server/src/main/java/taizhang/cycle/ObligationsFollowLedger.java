package taizhang.cycle;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import taizhang.ledger.MeasuresChanged;

/**
 * Keeps the open cycles' obligations in step with the ledger inside the transaction that changed
 * it, so the missing list (read from the obligations alone) names each measure's lead unit of now.
 */
@Component
class ObligationsFollowLedger {

    private final ObligationRepository obligations;

    ObligationsFollowLedger(ObligationRepository obligations) {
        this.obligations = obligations;
    }

    @EventListener
    void follow(MeasuresChanged changed) {
        obligations.follow(changed.campaignId(), changed.measureIds());
    }
}
