package taizhang.extract.quantity;

import java.math.BigDecimal;

/**
 * A measured amount stated in the text (gold FORMAT.md): {@code 2萬余名} is 20000 名, more.
 * Offsets are UTF-16 indices into the decoded original text; {@code unit} is Simplified,
 * without the multiplier, empty when the text gives none.
 */
public record Quantity(int start, int end, String text, BigDecimal value, String unit, Qualifier qualifier) {

    public enum Qualifier {
        MORE, ABOUT, LESS
    }
}
