package taizhang.ledger;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the ledger list is narrowed to. Every field is optional; {@code unitOrgId} keeps the
 * measures led by or co-assigned to that organisation or any below it.
 */
public record MeasureFilter(
        Long campaignId,
        Long problemId,
        Long unitOrgId,
        Set<MeasureStatus> statuses,
        Set<WarningLevel> warnings,
        Set<MeasureType> types,
        LocalDate deadlineFrom,
        LocalDate deadlineTo,
        String keyword) {

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }
}
