package taizhang.workbench;

import java.util.List;
import taizhang.evidence.EvidenceFile;
import taizhang.extension.ExtensionView;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.UnitAssignment;
import taizhang.supervision.ItemView;

/**
 * The measure page: the measure with its names, history, reports, indicators, files and audit
 * trail, and its supervision items. {@code overdue} is {@link taizhang.ledger.Overdue}'s verdict today.
 */
public record MeasurePage(
        Measure measure,
        boolean overdue,
        String code,
        String campaign,
        String problem,
        String lead,
        List<String> coUnits,
        List<HistoryEntry> statusHistory,
        List<UnitShare> shares,
        List<ReportEntry> reports,
        List<IndicatorEntry> indicators,
        List<EvidenceFile> files,
        List<HistoryEntry> audit,
        MeasureRights rights,
        String accept,
        Answers answers,
        Supervision supervision) {

    /**
     * The supervision items linked to the measure (the finding it came from, checks of it, returns
     * of it); {@code readsItems} when the reader may open an item's own page (not units).
     */
    public record Supervision(List<ItemView> items, boolean readsItems) {}

    /**
     * 签收 and 申请延期 on this measure: each unit's part and its signature, the parts the reader may
     * sign now, the extension requests, and the parts the reader may ask an extension for.
     */
    public record Answers(
            List<UnitAssignment> parts,
            List<UnitAssignment> toSign,
            List<ExtensionView> extensions,
            List<UnitAssignment> askFor,
            boolean mayAsk,
            boolean mayDecide) {

        public boolean anyPending() {
            return extensions.stream().anyMatch(e -> e.request().pending());
        }
    }

    /** A reporting unit's part: its latest accepted report, and whether it carries the lead's share. */
    public record UnitShare(String unit, boolean lead, String period, String claimed) {}

    /** One line of a history: when, who, what. */
    public record HistoryEntry(String at, String actor, String what) {}

    /** A progress report in the timeline. */
    public record ReportEntry(
            long id,
            String unit,
            String period,
            String status,
            String claimed,
            String body,
            String returnReason,
            String submittedAt,
            String reviewedAt,
            List<String> figures) {}

    /** An indicator with its readings, and the chart data for them. */
    public record IndicatorEntry(
            long id,
            String name,
            String unit,
            String target,
            String latest,
            String rate,
            List<String[]> readings,
            String chart,
            String plan,
            int version) {}
}
