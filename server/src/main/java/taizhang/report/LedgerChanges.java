package taizhang.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import taizhang.shared.Cycle;
import taizhang.shared.Dates;

/**
 * 进展变化: what changed in a campaign's ledger — measures whose status moved, measures added (after
 * the ledger its import founded), figures reported (new ones, and ones that replace an earlier
 * value) and progress reports accepted. Either between two dates (from the start of one day to the end of another), or
 * between two cycles ({@code fromCycle}, {@code toCycle}: from the end of the earlier to the
 * end of the later, so {@code from} and {@code to} are the days of that window, and figures and
 * reports are those given for the later cycle).
 */
public record LedgerChanges(
        long campaignId,
        String campaignName,
        LocalDate from,
        LocalDate to,
        String fromCycle,
        String toCycle,
        List<StatusChange> statusChanges,
        List<NewMeasure> newMeasures,
        List<FigureChange> figures,
        List<AcceptedReport> acceptedReports) {

    public LedgerChanges {
        statusChanges = List.copyOf(statusChanges);
        newMeasures = List.copyOf(newMeasures);
        figures = List.copyOf(figures);
        acceptedReports = List.copyOf(acceptedReports);
    }

    public record StatusChange(
            long measureId, int problemNumber, String title, String before, String after, Instant at) {}

    public record NewMeasure(long measureId, int problemNumber, String title, String lead, String status, Instant at) {}

    /**
     * A figure reported; {@code previous} is the value it replaces and {@code previousPeriod} that
     * value's period (given between cycles), both null when the figure is new.
     */
    public record FigureChange(
            long measureId,
            int problemNumber,
            String measureTitle,
            String indicator,
            String unit,
            String period,
            String previousPeriod,
            BigDecimal previous,
            BigDecimal value,
            Instant at) {

        public boolean isNew() {
            return previous == null;
        }
    }

    /** A unit's progress report the office accepted; {@code claimedStatus} is the status it reported. */
    public record AcceptedReport(
            long reportId,
            long measureId,
            int problemNumber,
            String measureTitle,
            String unit,
            String period,
            String claimedStatus,
            String body,
            Instant reviewedAt) {}

    public boolean byCycles() {
        return toCycle != null;
    }

    /** The window in words: {@code 2026年10月与2026年9月相比}, or {@code 2026年9月1日至2026年9月30日}. */
    public String window() {
        if (byCycles()) {
            return Cycle.parse("to", toCycle).chinese() + "与"
                    + Cycle.parse("from", fromCycle).chinese() + "相比";
        }
        return Dates.written(from) + "至" + Dates.written(to);
    }

    public long newlyCompleted() {
        return statusChanges.stream()
                .filter(c -> c.after().equals("已完成") || c.after().equals("已销号"))
                .count();
    }

    public String summary() {
        return window() + "，" + statusChanges.size() + "项整改措施完成情况发生变化（其中新完成" + newlyCompleted()
                + "项），新增整改措施" + newMeasures.size() + "项，新报送数据"
                + figures.stream().filter(FigureChange::isNew).count()
                + "项，更新数据" + figures.stream().filter(f -> !f.isNew()).count() + "项，通过审核的进展报告"
                + acceptedReports.size() + "份。";
    }
}
