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
                Quantity quantity = toQuantity(original, phrase);
                quantities.add(quantity.withChange(changes.read(normalized, quantity.start(), floor)));
                floor = quantity.end();
            }
        }
        return quantities;
    }

    private static Quantity toQuantity(String original, Phrase phrase) {
        BigDecimal value = phrase.value().stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        String unit = phrase.unit() == null ? "" : phrase.unit();
        return new Quantity(phrase.start(), phrase.end(), original.substring(phrase.start(), phrase.end()), value,
                unit, phrase.qualifier(), phrase.rangeEnd(), null);
    }
}
