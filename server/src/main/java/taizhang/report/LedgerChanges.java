package taizhang.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 进展变化: what changed in a campaign's ledger from the start of one day to the end of
 * another — measures whose status moved, measures added, and figures reported (new ones, and
 * ones that replace an earlier value) — read from the audit trail and the readings' record times.
 */
public record LedgerChanges(long campaignId, String campaignName, LocalDate from, LocalDate to,
        List<StatusChange> statusChanges, List<NewMeasure> newMeasures, List<FigureChange> figures) {

    public LedgerChanges {
        statusChanges = List.copyOf(statusChanges);
        newMeasures = List.copyOf(newMeasures);
        figures = List.copyOf(figures);
    }

    public record StatusChange(long measureId, int problemNumber, String title, String before, String after,
            Instant at) {
    }

    public record NewMeasure(long measureId, int problemNumber, String title, String lead, String status, Instant at) {
    }

    /** A reading recorded in the window; {@code previous} is the indicator's value before it, null when new. */
    public record FigureChange(long measureId, int problemNumber, String measureTitle, String indicator, String unit,
            String period, BigDecimal previous, BigDecimal value, Instant at) {

        public boolean isNew() {
            return previous == null;
        }
    }

    public long newlyCompleted() {
        return statusChanges.stream().filter(c -> c.after().equals("已完成") || c.after().equals("已销号")).count();
    }

    public String summary() {
        return NoticeText.date(from) + "至" + NoticeText.date(to) + "，" + statusChanges.size() + "项整改措施完成情况发生变化（其中新完成"
                + newlyCompleted() + "项），新增整改措施" + newMeasures.size() + "项，新报送数据"
                + figures.stream().filter(FigureChange::isNew).count() + "项，更新数据"
                + figures.stream().filter(f -> !f.isNew()).count() + "项。";
    }
}
