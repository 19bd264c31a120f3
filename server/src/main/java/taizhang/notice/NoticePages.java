package taizhang.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import taizhang.ledger.Campaign;
import taizhang.report.ProgressNotice;

/** The records of the notice pages. */
public final class NoticePages {

    private NoticePages() {}

    /**
     * 通报印发: a campaign's notices, a form to draft one, and (for its office) the settings. A message
     * stands beside the part acted on ({@link NoticePageController#DRAFT}, {@link NoticePageController#SETTINGS}).
     */
    public record ListPage(
            List<Campaign> campaigns,
            Campaign campaign,
            boolean office,
            List<NoticeSummary> notices,
            NoticeSettings settings,
            LocalDate today) {}

    /**
     * A notice: the preview the office edits while a draft, the document as published after. A message
     * stands beside the part acted on: the state panel (publish, regenerate, {@link
     * NoticePageController#STATE}) or the preview's save button ({@link NoticePageController#SAVE}).
     */
    public record NoticePage(
            Notice notice,
            ProgressNotice document,
            boolean office,
            NoticeSummary previous,
            Map<Long, List<String>> textDefects) {

        /** The open text defects' words in a measure's official text (文字疑点), highlighted in the preview. */
        public List<String> textDefects(long measureId) {
            return textDefects.getOrDefault(measureId, List.of());
        }

        public String api() {
            return "/api/v1/notices/" + notice.id();
        }

        /** The rewrite field's current text for a measure: the office's paragraph, or empty. */
        public String rewrite(long measureId) {
            return notice.rewrites().getOrDefault(measureId, "");
        }
    }

    public record ComparePage(Notice notice, NoticeSummary previous, NoticeComparison comparison) {}

    public record BriefPage(Notice notice, Brief brief) {}
}
