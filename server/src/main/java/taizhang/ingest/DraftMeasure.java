package taizhang.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.shared.InvalidRequestException;

/**
 * A measure as proposed: its text, the units suggested from the names in it, the status its
 * wording suggests (with the deciding words) and its figures.
 *
 * @param leadOrgId the lead unit the office set, by hand or by accepting a suggestion; null until then
 * @param suggestedUnits what the reader suggests for the lead and co-units, until the office rejects one
 * @param statusSet the office set the status (SET_STATUS): no phrase of the text decides it any more
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
        Duty duty,
        boolean statusSet) {

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

    /**
     * An organisation of the tree the report states for the measure (牵头单位, 配合单位) or whose name
     * (or place) appears in its text, suggested as its lead ({@code lead}) or as a co-unit.
     *
     * @param evidence the report's words that name it
     */
    public record UnitSuggestion(long orgId, String name, String evidence, boolean lead) {}

    /** A measure's lead unit (null: none) and co-units. */
    record Units(Long lead, List<Long> coUnits) {}

    /** Whether the unit suggested is set as suggested: the lead as the lead, a co-unit as one of its units. */
    public boolean isSet(UnitSuggestion suggestion) {
        long org = suggestion.orgId();
        boolean lead = leadOrgId != null && leadOrgId == org;
        return suggestion.lead() ? lead : lead || coUnitIds.contains(org);
    }

    /** The suggestions the office has neither accepted (their unit is set as suggested) nor rejected. */
    public List<UnitSuggestion> pendingSuggestions() {
        return suggestedUnits.stream().filter(s -> !isSet(s)).toList();
    }

    /**
     * The units once the suggestion of {@code orgId} is accepted, or (null) every pending one: a lead
     * suggested becomes the lead and leaves the co-units, a co-unit joins them. Accepted one by one, a
     * lead suggested replaces the one set; accepted all at once, it only fills an empty place, so that
     * taking every suggestion never undoes a lead the office chose.
     */
    Units accepting(Long orgId) {
        if (orgId != null && suggestedUnits.stream().noneMatch(s -> s.orgId() == orgId)) {
            throw new InvalidRequestException("orgId", "这项措施没有这个建议单位");
        }
        Long lead = leadOrgId;
        List<Long> coUnits = new ArrayList<>(coUnitIds);
        for (UnitSuggestion s : pendingSuggestions()) {
            if (orgId != null && s.orgId() != orgId) {
                continue;
            }
            if (s.lead()) {
                if (orgId == null && lead != null) {
                    continue;
                }
                lead = s.orgId();
                coUnits.remove(s.orgId());
            } else if ((lead == null || lead != s.orgId()) && !coUnits.contains(s.orgId())) {
                coUnits.add(s.orgId());
            }
        }
        return new Units(lead, coUnits);
    }

    /** Without the suggestion of {@code orgId}: the office rejected it; the units set stay as they are. */
    DraftMeasure rejecting(long orgId) {
        if (suggestedUnits.stream().noneMatch(s -> s.orgId() == orgId)) {
            throw new InvalidRequestException("orgId", "这项措施没有这个建议单位");
        }
        return new DraftMeasure(
                key,
                ordinal,
                title,
                text,
                start,
                end,
                leadOrgId,
                coUnitIds,
                suggestedUnits.stream().filter(s -> s.orgId() != orgId).toList(),
                status,
                statusWords,
                readings,
                match,
                duty,
                statusSet);
    }

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
                duty,
                statusSet);
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
                duty,
                statusSet);
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
                duty,
                statusSet);
    }

    /** The status the office sets: from now on the page says so instead of the phrase that decided it. */
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
                duty,
                true);
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
                duty,
                statusSet);
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
                newDuty,
                statusSet);
    }
}
