package taizhang.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/**
 * One change the office makes to a draft before accepting it. {@code key} names the problem or
 * measure ({@code p3}, {@code m17}); the other fields are used by the operations that need them.
 *
 * @param at for SPLIT: where in the measure's text the second measure begins
 * @param matchId for CONFIRM_MATCH: the existing row it maps to, or null to import it as new
 * @param value for EDIT_READING, with {@code title} as the label, {@code unit} and {@code period}
 * @param leader for SET_DUTY, with {@code deadline} and {@code type}; its key may name a problem, to set
 *     every measure of it, or be {@code *} for every measure of the draft
 * @param orgId for ACCEPT_SUGGESTIONS and REJECT_SUGGESTION: the unit suggested; null to accept every one
 */
public record DraftEdit(
        Op op,
        String key,
        String title,
        String text,
        Long leadOrgId,
        List<Long> coUnitIds,
        MeasureStatus status,
        String readingKey,
        Integer at,
        Long matchId,
        BigDecimal value,
        String unit,
        String period,
        String leader,
        LocalDate deadline,
        MeasureType type,
        Long orgId) {

    /** SET_UNITS: the lead and co-units of the measure (or of each measure of the problem) {@code key} names. */
    static DraftEdit units(String key, Long lead, List<Long> coUnits) {
        return new DraftEdit(
                Op.SET_UNITS,
                key,
                null,
                null,
                lead,
                coUnits,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** SET_DUTY: leader, deadline and type, for a measure, a problem's measures or {@code *} for all. */
    static DraftEdit duty(String key, String leader, LocalDate deadline, MeasureType type) {
        return new DraftEdit(
                Op.SET_DUTY,
                key,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                leader,
                deadline,
                type,
                null);
    }

    /** SET_STATUS: the status the measure is accepted with. */
    static DraftEdit status(String key, MeasureStatus status) {
        return new DraftEdit(
                Op.SET_STATUS,
                key,
                null,
                null,
                null,
                null,
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The same edit for another problem or measure. */
    DraftEdit withKey(String newKey) {
        return new DraftEdit(
                op,
                newKey,
                title,
                text,
                leadOrgId,
                coUnitIds,
                status,
                readingKey,
                at,
                matchId,
                value,
                unit,
                period,
                leader,
                deadline,
                type,
                orgId);
    }

    /**
     * ACCEPT_SUGGESTIONS: the units the reader set for the measure {@code key} (or for each measure of
     * the problem, or of the draft: {@code *}) are confirmed: the one of {@code orgId}, or every one.
     */
    public static DraftEdit acceptSuggestions(String key, Long orgId) {
        return new DraftEdit(
                Op.ACCEPT_SUGGESTIONS,
                key,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                orgId);
    }

    public enum Op {
        EDIT_PROBLEM,
        EDIT_MEASURE,
        SET_UNITS,
        SET_STATUS,
        EDIT_READING,
        DROP_READING,
        MERGE_WITH_NEXT,
        SPLIT,
        CONFIRM_MATCH,
        SET_DUTY,
        /** The units suggested stay the measure's units, no longer marked 建议; see {@link #acceptSuggestions}. */
        ACCEPT_SUGGESTIONS,
        /** The unit {@code orgId} the reader suggested leaves the measure {@code key}, as lead or co-unit. */
        REJECT_SUGGESTION,
        /** After the problem {@code key}, a new one titled {@code title}. */
        ADD_PROBLEM,
        /** At the end of the problem {@code key}, a new measure: {@code title}, {@code text}. */
        ADD_MEASURE,
        /** The problem or measure {@code key}. */
        DROP
    }
}
