package taizhang.extension;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when the office approves or refuses an extension request, inside the deciding
 * transaction: a listener that must only act on a committed decision (a notification, say) uses
 * {@code @TransactionalEventListener}.
 *
 * @param orgId the unit that asked
 * @param deadline the measure's deadline in force after the decision
 */
public record ExtensionDecided(
        long requestId,
        long measureId,
        String measureTitle,
        long campaignId,
        long orgId,
        ExtensionStatus outcome,
        LocalDate requestedDeadline,
        LocalDate deadline,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    public boolean approved() {
        return outcome == ExtensionStatus.APPROVED;
    }
}
