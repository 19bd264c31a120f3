package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated measure before it has an id: the problem it belongs to by number, and an
 * optional indicator (an index into {@link LedgerVocabulary#INDICATORS}, or -1) with how
 * many quarterly readings it has.
 */
record GeneratedMeasure(int problemNumber, int ordinal, String title, String body, long leadOrgId,
        List<Long> coUnitIds, String responsibleLeader, LocalDate deadline, MeasureType type, MeasureStatus status,
        WarningLevel warning, Instant lastAcceptedAt, Instant createdAt, int indicator, int readings,
        double completion) {
}
