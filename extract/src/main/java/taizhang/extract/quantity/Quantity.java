package taizhang.extract.quantity;

import java.math.BigDecimal;

/**
 * A measured amount stated in the text (gold FORMAT.md): {@code 2萬余名} is 20000 名, more.
 * Offsets are UTF-16 indices into the decoded original text; {@code unit} is Simplified,
 * without the multiplier, empty when the text gives none.
 *
 * <p>A range ({@code 3至5个}, {@code 3-5个}) is reported as two quantities, like a list that
 * shares its unit: the low end ({@code 3}, span without the unit, {@link RangeEnd#LOW}) and
 * the high end ({@code 5个}, {@link RangeEnd#HIGH}), both carrying the unit.
 *
 * @param rangeEnd which end of a range this is, null for a plain amount
 * @param change what the amount says about a comparison ({@code 同比增长16.2%}), null if nothing
 */
public record Quantity(
        int start,
        int end,
        String text,
        BigDecimal value,
        String unit,
        Qualifier qualifier,
        RangeEnd rangeEnd,
        Change change) {

    /** A plain amount: not a range end, no comparison. */
    public Quantity(int start, int end, String text, BigDecimal value, String unit, Qualifier qualifier) {
        this(start, end, text, value, unit, qualifier, null, null);
    }

    public enum Qualifier {
        MORE,
        ABOUT,
        LESS
    }

    public enum RangeEnd {
        LOW,
        HIGH
    }
}
