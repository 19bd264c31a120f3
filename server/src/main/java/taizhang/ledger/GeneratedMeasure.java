package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated measure before it has an id: the problem it belongs to by number, and an
 * optional indicator (an index into {@link LedgerVocabulary#INDICATORS}, or -1) with how
 * many quarterly readings it has.
 */
record GeneratedMeasure(
        int problemNumber,
        int ordinal,
        String title,
        String body,
        long leadOrgId,
        List<Long> coUnitIds,
        String responsibleLeader,
        LocalDate deadline,
        MeasureType type,
        MeasureStatus status,
        WarningLevel warning,
        Instant lastAcceptedAt,
        Instant createdAt,
        int indicator,
        int readings,
        double completion) {

    /** The measure as written, with its ids; the warning is the one sampled. */
    Measure stored(long id, long campaignId, long problemId) {
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                0);
    }
}
