package taizhang.shared;

import java.util.Map;

/**
 * Request parameters by the words the pages label them with, for messages about their values.
 * Names are shared across pages ({@code from} is the ledger's 时限自 and the reports' 日期 从),
 * so a label says what the value is rather than where it stands.
 */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("status", "状态"),
            Map.entry("warning", "预警"),
            Map.entry("type", "类型"),
            Map.entry("from", "起始日期"),
            Map.entry("to", "结束日期"),
            Map.entry("asOf", "截至日期"),
            Map.entry("deadlineFrom", "时限自"),
            Map.entry("deadlineTo", "时限至"),
            Map.entry("campaign", "整改任务"),
            Map.entry("campaignId", "整改任务"),
            Map.entry("section", "分组"),
            Map.entry("problem", "问题"),
            Map.entry("problemId", "问题"),
            Map.entry("problemNo", "问题编号"),
            Map.entry("unit", "责任单位"),
            Map.entry("unitId", "责任单位"),
            Map.entry("q", "关键词"),
            Map.entry("sort", "排序"),
            Map.entry("page", "页码"),
            Map.entry("size", "每页条数"),
            Map.entry("overdue", "只看逾期"),
            Map.entry("withTotal", "统计总数"),
            Map.entry("id", "编号"),
            Map.entry("measure", "措施编号"),
            Map.entry("measureId", "措施编号"),
            Map.entry("reportId", "报告编号"),
            Map.entry("version", "版本号"),
            Map.entry("ids", "所选措施"),
            Map.entry("setLead", "牵头单位"),
            Map.entry("leadOrgId", "牵头单位"),
            Map.entry("setCoUnits", "配合单位"),
            Map.entry("coUnitIds", "配合单位"),
            Map.entry("setDeadline", "整改时限"),
            Map.entry("setType", "类型"),
            Map.entry("claimed", "完成情况"),
            Map.entry("body", "进展情况"),
            Map.entry("indicatorId", "指标编号"),
            Map.entry("figure", "指标值"),
            Map.entry("reason", "退回理由"),
            Map.entry("file", "上传的文件"),
            Map.entry("public", "公开版"),
            Map.entry("internal", "内部事项"),
            Map.entry("fromCycle", "起始调度周期"),
            Map.entry("toCycle", "结束调度周期"),
            Map.entry("reportYear", "报告年度"),
            Map.entry("campaignName", "新任务名称"),
            Map.entry("op", "操作"),
            Map.entry("key", "条目"),
            Map.entry("title", "标题"),
            Map.entry("text", "正文"),
            Map.entry("readingKey", "指标"),
            Map.entry("at", "拆分位置"),
            Map.entry("matchId", "对应条目"),
            Map.entry("value", "数值"),
            Map.entry("period", "期间"));

    private FieldLabels() {}

    /** The field's label; a name not listed is shown as it is. */
    static String of(String field) {
        return field == null ? "参数" : LABELS.getOrDefault(field, field);
    }
}
