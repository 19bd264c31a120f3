package taizhang.extract.entity;

import java.time.Year;

/**
 * Infers the year a report speaks of: the year it names most often ({@code 2021年}), the later
 * one on a tie. Targets ({@code 到2025年}) and history ({@code 2010年}) are named less often than
 * the year being reported on.
 */
public final class ReportYear {

    private static final int FIRST = 1949;
    private static final int LAST = 2199;

    private ReportYear() {}

    /** @return the inferred year, or the current year when the text names none */
    public static int infer(String normalized) {
        int[] counts = new int[LAST - FIRST + 1];
        for (int i = normalized.indexOf('年'); i >= 4; i = normalized.indexOf('年', i + 1)) {
            int year = DateFinder.yearEndingAt(normalized, i);
            if (year >= FIRST && year <= LAST) {
                counts[year - FIRST]++;
            }
        }
        int best = -1;
        for (int y = 0; y < counts.length; y++) {
            if (counts[y] > 0 && (best < 0 || counts[y] >= counts[best])) {
                best = y;
            }
        }
        return best < 0 ? Year.now().getValue() : FIRST + best;
    }
}
