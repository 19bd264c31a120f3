package taizhang.ingest;

import java.util.List;
import taizhang.ledger.MeasureStatus;

/**
 * One change the office makes to a draft before accepting it. {@code key} names the problem or
 * measure ({@code p3}, {@code m17}); the other fields are used by the operations that need them.
 *
 * @param at for SPLIT: where in the measure's text the second measure begins
 * @param matchId for CONFIRM_MATCH: the existing row it maps to, or null to import it as new
 */
public record DraftEdit(Op op, String key, String title, String text, Long leadOrgId, List<Long> coUnitIds,
        MeasureStatus status, String readingKey, Integer at, Long matchId) {

    public enum Op {
        EDIT_PROBLEM, EDIT_MEASURE, SET_UNITS, SET_STATUS, DROP_READING, MERGE_WITH_NEXT, SPLIT, CONFIRM_MATCH
    }
}
