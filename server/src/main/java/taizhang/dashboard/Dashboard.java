package taizhang.dashboard;

import java.util.List;
import taizhang.ledger.Campaign;

/**
 * The dashboard page: one campaign's figures within the reader's subtree. Each chart comes
 * with the rows it draws, so every number can also be read (and reached by keyboard) in a table.
 * {@code wholeCampaign} tells that the reader counts every measure of the campaign, not a part.
 */
public record Dashboard(
        List<Campaign> campaigns,
        Campaign campaign,
        Overall overall,
        List<Row> byStatus,
        List<Row> byWarning,
        List<Row> byProblem,
        List<Row> byUnit,
        List<OverdueRow> overdue,
        List<IndicatorRow> indicators,
        List<TrendRow> trend,
        Charts charts,
        boolean wholeCampaign) {

    /** 总体完成率 ({@link taizhang.ledger.CompletionRate}) and the count of {@link taizhang.ledger.Overdue} measures. */
    public record Overall(long total, long finished, String rate, long overdue) {}

    /** A labelled count with its completion, and the filtered ledger it opens. */
    public record Row(String label, long total, long finished, String rate, String href) {}

    public record OverdueRow(long id, String title, String deadline, String lead) {}

    public record IndicatorRow(String name, String unit, String target, String latest, String rate) {}

    public record TrendRow(String period, long reports, long accepted, long claimedDone) {}

    /** The ECharts data, as JSON for the {@code data-chart} attributes. */
    public record Charts(String byProblem, String byUnit, String byWarning, String indicators, String trend) {}

    public boolean empty() {
        return campaign == null;
    }
}
