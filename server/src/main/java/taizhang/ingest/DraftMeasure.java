package taizhang.ingest;

import java.util.List;
import taizhang.ledger.MeasureStatus;

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
        Match match) {

    public DraftMeasure {
        coUnitIds = List.copyOf(coUnitIds);
        suggestedUnits = List.copyOf(suggestedUnits);
        statusWords = List.copyOf(statusWords);
        readings = List.copyOf(readings);
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
                match);
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
                null);
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
                match);
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
                match);
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
                newMatch);
    }
}
