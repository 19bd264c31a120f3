package taizhang.notice;

import java.util.List;
import java.util.function.UnaryOperator;
import taizhang.report.ProgressNotice;
import taizhang.report.Tally;

/**
 * 简报: the notice in one or two pages — the statistics, what moved since the previous published
 * notice (measures finished, measures with new progress), and who lags.
 *
 * @param since the 文号 or date of the notice compared with, or null when there is none
 * @param finished the measures finished since, as 问题号 + lead (a few; {@code finishedCount} counts all)
 */
public record Brief(
        String title,
        String number,
        String asOf,
        Tally problems,
        Tally measures,
        String since,
        int finishedCount,
        List<String> finished,
        int progressedCount,
        List<String> lagging,
        String signature,
        String date) {

    static final int LISTED = 8;

    public Brief {
        finished = List.copyOf(finished);
        lagging = List.copyOf(lagging);
    }

    static Brief of(Notice notice, ProgressNotice document, NoticeComparison comparison, String since) {
        List<NoticeComparison.Change> done =
                comparison == null ? List.of() : comparison.of(NoticeComparison.Kind.FINISHED);
        return new Brief(
                // Without saying 整改 twice when the campaign's name ends with it (…反馈意见整改).
                notice.campaignName() + (notice.campaignName().endsWith("整改") ? "" : "整改") + "工作简报",
                notice.number(),
                document.asOfText(),
                document.problems(),
                document.measures(),
                since,
                done.size(),
                done.stream()
                        .limit(LISTED)
                        .map(c -> "问题" + c.problem() + "：" + c.measure())
                        .toList(),
                comparison == null
                        ? 0
                        : comparison.of(NoticeComparison.Kind.RETOLD).size(),
                notice.lagging(),
                String.join(" ", document.signatureLines()),
                document.signatureDate());
    }

    /** What moved, in one sentence. */
    public String movement() {
        if (since == null) {
            return "本期为首期简报。";
        }
        return "与上期（" + since + "）相比，新完成整改措施" + finishedCount + "项，有新进展的措施" + progressedCount + "项。";
    }

    /** Who lags, in one sentence. */
    public String lags() {
        if (lagging.isEmpty()) {
            return "未发现逾期未完成、进度滞后或未按时报送的单位。";
        }
        // A brief stays brief: the first units named (those leading overdue measures come first), then how many.
        String named = String.join("、", lagging.subList(0, Math.min(LISTED, lagging.size())));
        return "进度滞后或未按时报送的单位：" + named + (lagging.size() > LISTED ? "等" + lagging.size() + "个单位" : "") + "。";
    }

    Brief converted(UnaryOperator<String> script) {
        return new Brief(
                script.apply(title),
                number == null ? null : script.apply(number),
                asOf,
                problems,
                measures,
                since == null ? null : script.apply(since),
                finishedCount,
                finished.stream().map(script).toList(),
                progressedCount,
                lagging.stream().map(script).toList(),
                script.apply(signature),
                date);
    }
}
