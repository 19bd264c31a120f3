package taizhang.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongPredicate;
import taizhang.report.ReportRepository.MeasureCode;

/**
 * The campaign's measures an imported sheet did not hold: how many, and the 编号 of the first
 * {@value #LISTED} in ledger order. The campaign is read a page of ids at a time and only the
 * first few are kept, so a campaign of a million measures costs no memory.
 */
record NotInSheet(long count, List<String> codes) {

    static final NotInSheet NONE = new NotInSheet(0, List.of());
    static final int LISTED = 10;
    private static final int PAGE = 10_000;

    static NotInSheet of(ReportRepository reports, long campaignId, LongPredicate inSheet) {
        Comparator<MeasureCode> order = Comparator.comparingInt(MeasureCode::problemNumber)
                .thenComparingInt(MeasureCode::ordinal)
                .thenComparingLong(MeasureCode::id);
        PriorityQueue<MeasureCode> first = new PriorityQueue<>(order.reversed());
        long count = 0;
        long after = 0;
        List<MeasureCode> page;
        while (!(page = reports.measureCodesAfter(campaignId, after, PAGE)).isEmpty()) {
            for (MeasureCode code : page) {
                if (!inSheet.test(code.id())) {
                    count++;
                    first.add(code);
                    if (first.size() > LISTED) {
                        first.poll();
                    }
                }
            }
            after = page.get(page.size() - 1).id();
        }
        List<MeasureCode> listed = new ArrayList<>(first);
        listed.sort(order);
        return new NotInSheet(
                count,
                listed.stream().map(c -> c.problemNumber() + "-" + c.ordinal()).toList());
    }
}
