package taizhang.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The changes as the sentences of the appendix, under their headings. */
final class ChangesText {

    private ChangesText() {
    }

    static Map<String, List<String>> sections(LedgerChanges changes) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("一、完成情况发生变化的措施", changes.statusChanges().stream()
                .map(c -> "问题" + c.problemNumber() + "：" + c.title() + "，由“" + c.before() + "”变为“" + c.after() + "”。")
                .toList());
        sections.put("二、新增的整改措施", changes.newMeasures().stream()
                .map(m -> "问题" + m.problemNumber() + "：" + m.title() + (m.lead() == null ? "" : "（牵头单位：" + m.lead() + "）")
                        + "，当前为“" + m.status() + "”。")
                .toList());
        sections.put("三、新报送和更新的数据", changes.figures().stream()
                .map(f -> "问题" + f.problemNumber() + "：" + f.measureTitle() + "，" + f.indicator() + "（" + f.period() + "）"
                        + (f.isNew() ? "报送" : "由" + NoticeText.plain(f.previous()) + f.unit() + "更新为")
                        + NoticeText.plain(f.value()) + f.unit() + "。")
                .toList());
        return sections;
    }
}
