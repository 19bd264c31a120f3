package taizhang.ledger;

/**
 * What a change of a campaign's warning settings would do, counted without writing: how many
 * measures would turn red, turn yellow, and go back to green.
 */
public record WarningPreview(long toRed, long toYellow, long toGreen) {

    public long total() {
        return toRed + toYellow + toGreen;
    }
}
