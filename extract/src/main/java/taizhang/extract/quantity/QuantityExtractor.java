package taizhang.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every quantity in a text (gold FORMAT.md and DECISIONS-000.md): one scan of the
 * normalised view reads each number with its qualifier and unit, list and range members are
 * linked, the rules drop what is not an amount, and each amount gets the change its clause
 * states. Thread-safe: it holds no per-call state.
 */
public final class QuantityExtractor {

    private final PhraseScanner scanner = new PhraseScanner(UnitLexicon.standard());
    private final PhraseLinker linker = new PhraseLinker();
    private final PhraseFilter filter = new PhraseFilter();
    private final ChangeReader changes = new ChangeReader();

    /**
     * @param original the decoded text, into which the offsets point
     * @param normalized {@link taizhang.extract.text.Normalizer#normalize} of it, same length
     * @return the quantities in text order; a range gives two (see {@link Quantity})
     */
    public List<Quantity> find(String original, String normalized) {
        if (original.length() != normalized.length()) {
            throw new IllegalArgumentException("the normalised text must have the original's length");
        }
        List<Quantity> quantities = new ArrayList<>();
        int floor = 0;
        for (Phrase phrase : linker.link(normalized, scanner.scan(normalized))) {
            if (filter.accepts(normalized, phrase)) {
                Change change = changes.read(normalized, phrase.start(), floor);
                quantities.add(toQuantity(original, phrase, change));
                floor = phrase.end();
            }
        }
        return quantities;
    }

    private static Quantity toQuantity(String original, Phrase phrase, Change change) {
        String unit = phrase.unit() == null ? "" : phrase.unit();
        return new Quantity(
                phrase.start(),
                phrase.end(),
                original.substring(phrase.start(), phrase.end()),
                plain(phrase.value()),
                unit,
                phrase.qualifier(),
                phrase.rangeEnd(),
                change);
    }

    /** The value without trailing zeros or an exponent: 2.30 → 2.3, 2.3E+4 → 23000. */
    private static BigDecimal plain(BigDecimal value) {
        if (value.scale() == 0) {
            // Already an integer written plainly; stripping would only turn 20000 into 2E+4 and back.
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
