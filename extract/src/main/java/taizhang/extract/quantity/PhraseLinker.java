package taizhang.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import taizhang.extract.quantity.Quantity.RangeEnd;

/**
 * Links numbers written as a list or a range so they share what is written once after the
 * last: the unit ({@code 2.57万、8.77万和4.94万人} → three quantities of 人), the verdict of a
 * non-unit ({@code 1-8月} is a period, both ends), the exclusion of the head ({@code 第五、六批}),
 * and for a range a multiplier that only the high end carries ({@code 3至5万元} → 30000 to 50000).
 */
final class PhraseLinker {

    private static final String[] LIST_SEPARATORS = {"、", "和", "及", "与", "或", "以及"};
    private static final String[] RANGE_SEPARATORS = {"至", "到", "-", "~"};
    /** Most neighbours are further apart than any separator is long: those are dismissed at once. */
    private static final int LONGEST_SEPARATOR = java.util.stream.Stream.of(LIST_SEPARATORS, RANGE_SEPARATORS)
            .flatMap(java.util.Arrays::stream)
            .mapToInt(String::length)
            .max()
            .orElse(0);

    List<Phrase> link(String text, List<Phrase> scanned) {
        List<Phrase> phrases = new ArrayList<>(scanned);
        for (int i = phrases.size() - 2; i >= 0; i--) {
            Phrase a = phrases.get(i);
            Phrase b = phrases.get(i + 1);
            boolean range = separatedBy(text, a, b, RANGE_SEPARATORS);
            if (!range && !separatedBy(text, a, b, LIST_SEPARATORS)) {
                continue;
            }
            if (a.hasUnit()) {
                if (range && !a.nonUnit() && a.unit().equals(b.unit())) {
                    phrases.set(i, a.asRangeEnd(RangeEnd.LOW));
                    phrases.set(i + 1, b.asRangeEnd(RangeEnd.HIGH));
                }
            } else if (b.nonUnit()) {
                phrases.set(i, a.asNonUnit());
            } else if (b.hasUnit() && !a.nonUnit()) {
                phrases.set(i, range ? rangeLow(text, a, b) : a.sharing(b.unit(), a.value(), null));
                if (range) {
                    phrases.set(i + 1, b.asRangeEnd(RangeEnd.HIGH));
                }
            }
        }
        for (int i = 0; i + 1 < phrases.size(); i++) {
            Phrase a = phrases.get(i);
            if (a.excluded()
                    && !scanned.get(i).hasUnit()
                    && (separatedBy(text, a, phrases.get(i + 1), LIST_SEPARATORS)
                            || separatedBy(text, a, phrases.get(i + 1), RANGE_SEPARATORS))) {
                phrases.set(i + 1, phrases.get(i + 1).asExcluded());
            }
        }
        return phrases;
    }

    private static Phrase rangeLow(String text, Phrase low, Phrase high) {
        BigDecimal value = low.value();
        if (!low.multiplied() && high.multiplied() && !high.chinese()) {
            BigDecimal scaled = value.multiply(multiplierOf(text, high));
            if (scaled.compareTo(high.value()) <= 0) {
                value = scaled;
            }
        }
        return low.sharing(high.unit(), value, RangeEnd.LOW);
    }

    /** The product of the multipliers written after an Arabic number: 5万 → 10000. */
    private static BigDecimal multiplierOf(String text, Phrase phrase) {
        BigDecimal factor = BigDecimal.ONE;
        for (int i = phrase.numberStart(); i < phrase.numberEnd(); i++) {
            long power = ChineseNumerals.power(text.charAt(i));
            if (power >= 100) {
                factor = factor.multiply(BigDecimal.valueOf(power));
            }
        }
        return factor;
    }

    private static boolean separatedBy(String text, Phrase a, Phrase b, String[] separators) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > LONGEST_SEPARATOR) {
            return false;
        }
        for (String separator : separators) {
            if (gap == separator.length() && text.startsWith(separator, a.end())) {
                return true;
            }
        }
        return false;
    }
}
