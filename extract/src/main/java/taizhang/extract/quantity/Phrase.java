package taizhang.extract.quantity;

import java.math.BigDecimal;
import taizhang.extract.quantity.Quantity.Qualifier;
import taizhang.extract.quantity.Quantity.RangeEnd;

/**
 * A number as the scanner read it, with whatever follows it, before the rules decide whether
 * it is a quantity. Offsets are into the normalised view (and so into the original).
 *
 * @param start first char, a leading qualifier ({@code 近}, {@code 约}) included
 * @param numberEnd end of the number with its multipliers and inner {@code 余}/{@code 多}
 * @param end end of the unit and trailing qualifier; {@code numberEnd} when there is no unit
 * @param unit the unit, null when none follows (a list member may inherit one)
 * @param nonUnit a date, period or other non-quantity word follows ({@code 年}, {@code 个月})
 * @param excluded the context rules it out: ordinal, title, slogan, code
 * @param chinese written in Chinese numerals
 * @param multiplied a multiplier was folded in ({@code 万}, {@code 亿})
 * @param soleDigit the numeral's only char when it is one Chinese digit ({@code 一}), else 0
 */
record Phrase(
        int start,
        int numberStart,
        int numberEnd,
        int end,
        BigDecimal value,
        String unit,
        Qualifier qualifier,
        boolean nonUnit,
        boolean excluded,
        boolean chinese,
        boolean multiplied,
        char soleDigit,
        RangeEnd rangeEnd) {

    boolean hasUnit() {
        return unit != null;
    }

    Phrase asExcluded() {
        return new Phrase(
                start,
                numberStart,
                numberEnd,
                end,
                value,
                unit,
                qualifier,
                nonUnit,
                true,
                chinese,
                multiplied,
                soleDigit,
                rangeEnd);
    }

    Phrase asNonUnit() {
        return new Phrase(
                start,
                numberStart,
                numberEnd,
                end,
                value,
                unit,
                qualifier,
                true,
                excluded,
                chinese,
                multiplied,
                soleDigit,
                rangeEnd);
    }

    /** This list or range member takes the unit written after the last member. */
    Phrase sharing(String sharedUnit, BigDecimal newValue, RangeEnd end) {
        return new Phrase(
                start,
                numberStart,
                numberEnd,
                this.end,
                newValue,
                sharedUnit,
                qualifier,
                nonUnit,
                excluded,
                chinese,
                multiplied,
                soleDigit,
                end);
    }

    Phrase asRangeEnd(RangeEnd end) {
        return new Phrase(
                start,
                numberStart,
                numberEnd,
                this.end,
                value,
                unit,
                qualifier,
                nonUnit,
                excluded,
                chinese,
                multiplied,
                soleDigit,
                end);
    }
}
