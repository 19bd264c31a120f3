package taizhang.workbench;

import java.util.Map;
import taizhang.progress.ReportStatus;
import tools.jackson.databind.JsonNode;

/** The Chinese words the workbench shows for stored codes. */
final class Labels {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("measure.create", "创建措施"),
            Map.entry("measure.assign", "分派"),
            Map.entry("measure.status", "变更状态"),
            Map.entry("measure.start", "开始整改"),
            Map.entry("measure.done", "记录完成情况"),
            Map.entry("measure.return", "退回"),
            Map.entry("measure.return.reason", "写明退回理由"),
            Map.entry("measure.close", "销号"),
            Map.entry("measure.reopen", "重新打开（回头看）"),
            Map.entry("report.backfill-allowed", "同意补报"),
            Map.entry("measure.report-accepted", "进展审核通过"),
            Map.entry("measure.sheet-edit", "台账表格导入修改"),
            Map.entry("measure.edit", "修改"),
            Map.entry("measure.remove", "移除"),
            Map.entry("measure.restore", "恢复到台账"),
            Map.entry("measure.sign", "签收"),
            Map.entry("measure.extend", "延期（整改时限变更）"),
            Map.entry("measure.split", "分解为子任务"),
            Map.entry("measure.rollup-override", "子任务未完成，整改办写明理由强制完成"),
            Map.entry("closing.ask", "提交销号申请"),
            Map.entry("closing.approve", "销号审批通过一步"),
            Map.entry("closing.return", "销号审批退回"),
            Map.entry("extension.ask", "申请延期"),
            Map.entry("extension.approve", "批准延期申请"),
            Map.entry("extension.refuse", "不批准延期申请"),
            Map.entry("evidence.upload", "上传佐证材料"),
            Map.entry("indicator.create", "新增指标"),
            Map.entry("indicator.reading", "记录指标值"));

    private Labels() {}

    static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }

    /** An audited value in quotes, a list joined as the ledger joins units, nothing as （空）. */
    static String value(JsonNode node) {
        if (node.isNull() || node.isMissingNode() || node.isArray() && node.isEmpty()) {
            return "（空）";
        }
        if (node.isArray()) {
            return "“"
                    + String.join(
                            "、", node.values().stream().map(JsonNode::asString).toList()) + "”";
        }
        return "“" + node.asString() + "”";
    }

    static String report(ReportStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交，待审核";
            case ACCEPTED -> "审核通过";
            case RETURNED -> "已退回";
        };
    }
}
