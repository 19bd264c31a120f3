package taizhang.ingest;

import java.util.HashMap;
import java.util.Map;
import taizhang.extract.text.Normalizer;

/**
 * How alike two titles are: the Dice coefficient of their character pairs, after folding both
 * to the normalised script, so a Traditional report matches a Simplified ledger.
 */
final class TitleSimilarity {

    private TitleSimilarity() {}

    static double of(String a, String b) {
        String x = squeeze(a);
        String y = squeeze(b);
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0.0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            pairs.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            Integer left = pairs.get(y.substring(i, i + 2));
            if (left != null && left > 0) {
                shared++;
                pairs.put(y.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * shared / (x.length() - 1 + y.length() - 1);
    }

    private static String squeeze(String title) {
        return Normalizer.normalize(title == null ? "" : title).replaceAll("[\\s\\p{Punct}，。、；：“”]", "");
    }
}
