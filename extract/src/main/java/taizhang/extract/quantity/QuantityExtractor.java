package taizhang.extract.quantity;

import java.util.List;

/** Finds every quantity in a text. Stub: the grammar is being written. */
public final class QuantityExtractor {

    /**
     * @param original the decoded text, into which the offsets point
     * @param normalized {@link taizhang.extract.text.Normalizer#normalize} of it, same length
     */
    public List<Quantity> find(String original, String normalized) {
        return List.of();
    }
}
