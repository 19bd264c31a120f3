package taizhang.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.report.LedgerChanges.AcceptedReport;
import taizhang.report.LedgerChanges.FigureChange;
import taizhang.shared.Cycle;

/** The changes as the sentences of the appendix, under their headings. */
final class ChangesText {

    /** Enough of a report's text to recognise it; the notice carries it in full. */
    private static final int EXCERPT = 60;

    private ChangesText() {}

    static Map<String, List<String>> sections(LedgerChanges changes) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put(
                "一、完成情况发生变化的措施",
                changes.statusChanges().stream()
                        .map(c -> "问题" + c.problemNumber() + "：" + c.title() + "，由“" + c.before() + "”变为“" + c.after()
                                + "”。")
                        .toList());
        sections.put(
                "二、新增的整改措施",
                changes.newMeasures().stream()
                        .map(m -> "问题" + m.problemNumber() + "：" + m.title()
                                + (m.lead() == null ? "" : "（牵头单位：" + m.lead() + "）") + "，当前为“" + m.status() + "”。")
                        .toList());
        sections.put(
                "三、新报送和更新的数据",
                changes.figures().stream().map(ChangesText::figure).toList());
        sections.put(
                "四、通过审核的进展报告",
                changes.acceptedReports().stream().map(ChangesText::report).toList());
        return sections;
    }

    /** A period by its Chinese name, or as stored when it names no cycle. */
    static String period(String label) {
        return label == null ? "" : Cycle.tryParse(label).map(Cycle::chinese).orElse(label);
    }

    static String excerpt(String body) {
        String text = body.strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    private static String figure(FigureChange f) {
        String before = f.isNew()
                ? "报送"
                : "由" + NoticeText.plain(f.previous()) + f.unit()
                        + (f.previousPeriod() == null ? "" : "（" + period(f.previousPeriod()) + "）") + "更新为";
        return "问题" + f.problemNumber() + "：" + f.measureTitle() + "，" + f.indicator() + "（" + period(f.period()) + "）"
                + before + NoticeText.plain(f.value()) + f.unit() + "。";
    }

    private static String report(AcceptedReport r) {
        return "问题" + r.problemNumber() + "：" + r.measureTitle() + "，" + r.unit() + "报送的" + period(r.period()) + "进展（"
                + r.claimedStatus() + "）已通过审核：" + excerpt(r.body());
    }
}
