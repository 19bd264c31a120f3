package taizhang.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The campaign's measures an imported sheet did not hold: how many, and the 编号 of the first
 * {@value #LISTED} in ledger order. The campaign is read a page of ids at a time and only the
 * first few are kept, so a campaign of a million measures costs no memory.
 */
record NotInSheet(long count, List<String> codes) {

    static final int LISTED = 10;
    private static final int PAGE = 10_000;

    static NotInSheet of(ReportRepository reports, long campaignId, Set<Long> inSheet) {
        Comparator<ReportRepository.MeasureCode> order = Comparator.comparingInt(ReportRepository.MeasureCode::problemNumber)
                .thenComparingInt(ReportRepository.MeasureCode::ordinal).thenComparingLong(ReportRepository.MeasureCode::id);
        PriorityQueue<ReportRepository.MeasureCode> first = new PriorityQueue<>(order.reversed());
        long count = 0;
        long after = 0;
        List<ReportRepository.MeasureCode> page;
        while (!(page = reports.measureCodesAfter(campaignId, after, PAGE)).isEmpty()) {
            for (ReportRepository.MeasureCode code : page) {
                if (!inSheet.contains(code.id())) {
                    count++;
                    first.add(code);
                    if (first.size() > LISTED) {
                        first.poll();
                    }
                }
            }
            after = page.get(page.size() - 1).id();
        }
        List<ReportRepository.MeasureCode> listed = new ArrayList<>(first);
        listed.sort(order);
        return new NotInSheet(count, listed.stream().map(c -> c.problemNumber() + "-" + c.ordinal()).toList());
    }
}
