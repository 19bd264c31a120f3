package taizhang.extract.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report says about who carries out one measure and by when: from the row of a table
 * (责任单位, 完成时限…), from labels in the text ({@code 牵头单位：…；完成时限：2021年底前}) or from
 * phrases ({@code 自治区发展改革委牵头}). Names are as written; matching them to an organisation
 * tree is the caller's.
 *
 * @param measureStart the measure's start offset
 * @param leadUnits the units that lead (牵头单位, or 责任单位 when no lead is named)
 * @param coUnits the units that assist (配合单位, and 责任单位 besides a lead)
 * @param leader the responsible leader (责任领导), may be null
 * @param person the person responsible (责任人), may be null
 * @param deadline the date it is due, null when none is stated or it is continuing
 * @param type how it is carried out; null when the text does not say
 * @param deadlineText the words that gave the deadline or type, may be null
 * @param progress what the text states as done (整改情况, 完成情况), may be null
 */
public record MeasureFields(
        int measureStart,
        List<String> leadUnits,
        List<String> coUnits,
        String leader,
        String person,
        LocalDate deadline,
        DeadlineType type,
        String deadlineText,
        String progress) {

    public MeasureFields {
        leadUnits = List.copyOf(leadUnits);
        coUnits = List.copyOf(coUnits);
    }

    boolean isEmpty() {
        return leadUnits.isEmpty()
                && coUnits.isEmpty()
                && leader == null
                && person == null
                && deadlineText == null
                && progress == null;
    }

    /** 立行立改, 限期整改, 长期坚持. */
    public enum DeadlineType {
        IMMEDIATE("immediate"),
        DEADLINE("deadline"),
        CONTINUING("continuing");

        private final String code;

        DeadlineType(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
