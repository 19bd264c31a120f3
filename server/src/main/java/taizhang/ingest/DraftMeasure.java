package taizhang.ingest;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.shared.InvalidRequestException;

/**
 * A measure as proposed: its text, the units suggested from the names in it, the status its
 * wording suggests (with the deciding words) and its figures.
 *
 * @param leadOrgId the lead unit: the reader's suggestion, or the office's
 * @param suggestedUnits the units the reader found for the measure, with the report's words for them
 * @param statusSet the office set the status (SET_STATUS): no phrase of the text decides it any more
 * @param unconfirmedUnits the lead or co-units the reader set that the office has not yet confirmed
 *     (建议（未确认）); accepting the draft writes them all the same
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
        Boolean statusSet,
        List<Long> unconfirmedUnits) {

    public DraftMeasure {
        duty = duty == null ? Duty.NONE : duty;
        // Neither is in a draft stored before the office could set a status or the reader marked its units.
        statusSet = Boolean.TRUE.equals(statusSet);
        coUnitIds = List.copyOf(coUnitIds);
        unconfirmedUnits = unconfirmedUnits == null ? List.of() : List.copyOf(unconfirmedUnits);
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
     * (or place) appears in its text.
     *
     * @param evidence the report's words that name it
     */
    public record UnitSuggestion(long orgId, String name, String evidence) {}

    /** Whether the unit {@code orgId} of the measure is the reader's and still unconfirmed. */
    public boolean unconfirmed(Long orgId) {
        return orgId != null && unconfirmedUnits.contains(orgId);
    }

    /** The report's words that name the unit {@code orgId}, or null when the reader did not find it. */
    public String wording(long orgId) {
        return suggestedUnits.stream()
                .filter(s -> s.orgId() == orgId)
                .map(UnitSuggestion::evidence)
                .findFirst()
                .orElse(null);
    }

    /** With the suggestion of {@code orgId} (null: every one) confirmed: the unit stays, the mark goes. */
    DraftMeasure confirming(Long orgId) {
        if (orgId == null) {
            return withUnconfirmed(List.of());
        }
        return withUnconfirmed(
                open(orgId).stream().filter(u -> !u.equals(orgId)).toList());
    }

    /** Without the unit suggested as {@code orgId}: the office rejected it, as lead or co-unit. */
    DraftMeasure rejecting(long orgId) {
        List<Long> marks = open(orgId).stream().filter(u -> u != orgId).toList();
        Long lead = leadOrgId != null && leadOrgId == orgId ? null : leadOrgId;
        List<Long> coUnits = coUnitIds.stream().filter(u -> u != orgId).toList();
        return withUnconfirmed(lead, coUnits, marks);
    }

    private List<Long> open(long orgId) {
        if (!unconfirmedUnits.contains(orgId)) {
            throw new InvalidRequestException("orgId", "这项措施没有这个未确认的建议单位");
        }
        return unconfirmedUnits;
    }

    private DraftMeasure withUnconfirmed(List<Long> marks) {
        return withUnconfirmed(leadOrgId, coUnitIds, marks);
    }

    private DraftMeasure withUnconfirmed(Long lead, List<Long> coUnits, List<Long> marks) {
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
                statusSet,
                marks);
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
                statusSet,
                unconfirmedUnits);
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
                statusSet,
                unconfirmedUnits);
    }

    /**
     * The units the office sets by hand. A unit it replaced loses its mark; one left where it was (a
     * co-unit kept while the lead changes) keeps it.
     */
    DraftMeasure withUnits(Long lead, List<Long> coUnits) {
        List<Long> marks = unconfirmedUnits.stream()
                .filter(u -> u.equals(lead) && u.equals(leadOrgId) || coUnits.contains(u) && coUnitIds.contains(u))
                .toList();
        return withUnconfirmed(lead, coUnits, marks);
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
                true,
                unconfirmedUnits);
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
                statusSet,
                unconfirmedUnits);
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
                statusSet,
                unconfirmedUnits);
    }
}
