package taizhang.ingest;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/**
 * A measure as proposed: its text, the units suggested from the names in it, the status its
 * wording suggests (with the deciding words) and its figures.
 */
public record DraftMeasure(
        String key,
        int ordinal,
        String title,
        String text,
        int start,
        int end,
        Long leadOrgId,
        List<Long> coUnitIds,
        List<UnitSuggestion> suggestedUnits,
        MeasureStatus status,
        List<String> statusWords,
        List<DraftReading> readings,
        Match match,
        Duty duty) {

    public DraftMeasure {
        duty = duty == null ? Duty.NONE : duty;
        coUnitIds = List.copyOf(coUnitIds);
        suggestedUnits = List.copyOf(suggestedUnits);
        statusWords = List.copyOf(statusWords);
        readings = List.copyOf(readings);
    }

    /**
     * Who answers for the measure and by when, as the report states it (责任领导, 完成时限) or the
     * office sets it; written into the ledger on acceptance.
     *
     * @param deadlineText the report's words for the deadline ({@code 2021年底前}), null when set by hand
     * @param progress what the report states as done, shown to the office beside the status
     */
    public record Duty(String leader, LocalDate deadline, MeasureType type, String deadlineText, String progress) {

        public static final Duty NONE = new Duty(null, null, null, null, null);
    }

    /** An organisation of the tree whose name (or place) appears in the measure's text. */
    public record UnitSuggestion(long orgId, String name, String evidence) {}

    DraftMeasure with(
            String newTitle, String newText, int newOrdinal, int newStart, int newEnd, List<DraftReading> newReadings) {
        return new DraftMeasure(
                key,
                newOrdinal,
                newTitle,
                newText,
                newStart,
                newEnd,
                leadOrgId,
                coUnitIds,
                suggestedUnits,
                status,
                statusWords,
                newReadings,
                match,
                duty);
    }

    DraftMeasure withKey(String newKey) {
        return new DraftMeasure(
                newKey,
                ordinal,
                title,
                text,
                start,
                end,
                leadOrgId,
                coUnitIds,
                suggestedUnits,
                status,
                statusWords,
                readings,
                null,
                duty);
    }

    DraftMeasure withUnits(Long lead, List<Long> coUnits) {
        return new DraftMeasure(
                key,
                ordinal,
                title,
                text,
                start,
                end,
                lead,
                coUnits,
                suggestedUnits,
                status,
                statusWords,
                readings,
                match,
                duty);
    }

    DraftMeasure withStatus(MeasureStatus newStatus) {
        return new DraftMeasure(
                key,
                ordinal,
                title,
                text,
                start,
                end,
                leadOrgId,
                coUnitIds,
                suggestedUnits,
                newStatus,
                statusWords,
                readings,
                match,
                duty);
    }

    DraftMeasure withMatch(Match newMatch) {
        return new DraftMeasure(
                key,
                ordinal,
                title,
                text,
                start,
                end,
                leadOrgId,
                coUnitIds,
                suggestedUnits,
                status,
                statusWords,
                readings,
                newMatch,
                duty);
    }

    DraftMeasure withDuty(Duty newDuty) {
        return new DraftMeasure(
                key,
                ordinal,
                title,
                text,
                start,
                end,
                leadOrgId,
                coUnitIds,
                suggestedUnits,
                status,
                statusWords,
                readings,
                match,
                newDuty);
    }
}
