package taizhang.ledger;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the ledger list is narrowed to. Every field is optional; {@code unitOrgId} keeps the
 * measures led by or co-assigned to that organisation or any below it; {@code unsigned} keeps the
 * measures some assigned unit has not yet signed for (签收); {@code textDefects} those with an open
 * text defect from their import (文字疑点, {@code defect_open_view}).
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
        String keyword,
        boolean unsigned,
        boolean textDefects) {

    /** A filter that does not ask about 文字疑点. */
    public MeasureFilter(
            Long campaignId,
            Long problemId,
            Long unitOrgId,
            Set<MeasureStatus> statuses,
            Set<WarningLevel> warnings,
            Set<MeasureType> types,
            LocalDate deadlineFrom,
            LocalDate deadlineTo,
            String keyword,
            boolean unsigned) {
        this(
                campaignId,
                problemId,
                unitOrgId,
                statuses,
                warnings,
                types,
                deadlineFrom,
                deadlineTo,
                keyword,
                unsigned,
                false);
    }

    /** A filter that does not ask about 签收. */
    public MeasureFilter(
            Long campaignId,
            Long problemId,
            Long unitOrgId,
            Set<MeasureStatus> statuses,
            Set<WarningLevel> warnings,
            Set<MeasureType> types,
            LocalDate deadlineFrom,
            LocalDate deadlineTo,
            String keyword) {
        this(campaignId, problemId, unitOrgId, statuses, warnings, types, deadlineFrom, deadlineTo, keyword, false);
    }

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }
}
