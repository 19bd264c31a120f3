package taizhang.workbench;

import java.util.List;
import taizhang.evidence.EvidenceFile;

/**
 * 审核销号: reports to accept or return (filtered by campaign, unit and period, several accepted at
 * once), and done measures to close with evidence.
 */
public record ReviewPage(
        List<Pending> pending,
        List<Closable> closable,
        boolean canReview,
        String message,
        String accept,
        int limit,
        Filters filters) {

    /** A submitted report with what the reviewer needs to judge it. */
    public record Pending(
            long reportId,
            int version,
            long measureId,
            String code,
            String title,
            String campaign,
            String unit,
            String period,
            String claimed,
            String body,
            List<String> figures,
            String submittedAt,
            List<EvidenceFile> files,
            boolean ownReport,
            boolean needsOverride) {}

    /** A measure reported done, waiting for 销号. */
    public record Closable(
            long measureId,
            int version,
            String code,
            String title,
            String lead,
            List<EvidenceFile> files,
            boolean canClose) {}

    /** A choice of a filter. */
    public record Option(long id, String label) {}

    /** The filters as chosen, with what each offers. */
    public record Filters(
            Long campaign, Long unit, String period, String href, List<Option> campaigns, List<Option> units) {}

    public ReviewPage withMessage(String text) {
        return new ReviewPage(pending, closable, canReview, text, accept, limit, filters);
    }

    /** How many are listed: {@code 3}, or {@code 前 50} when there may be more than the page shows. */
    public String shown(List<?> items) {
        return items.size() < limit ? String.valueOf(items.size()) : "前 " + limit;
    }
}
