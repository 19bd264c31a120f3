package taizhang.notify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import taizhang.assessment.AssessmentFeedback;
import taizhang.cycle.CycleOfCampaign;
import taizhang.cycle.ReportingCycle;
import taizhang.cycle.UnitTally;
import taizhang.extension.ExtensionDecided;
import taizhang.ledger.MeasuresAssigned;
import taizhang.progress.ProgressReport;

/**
 * The words of each notice: every one names the unit and the cycle or measure it is about, so
 * that it reads the same in the inbox, in a mail and in whatever gateway relays it.
 */
final class NoticeTexts {

    /** What the notice's text column holds. */
    private static final int MAX_TEXT = 2000;

    private NoticeTexts() {}

    static Notice cycleOpened(CycleOfCampaign c, UnitTally unit) {
        return new Notice(
                unit.orgId(),
                NotificationKind.CYCLE_OPENED,
                "cycle-opened:" + c.cycle().id(),
                unit.name() + "：" + cycle(c) + "调度已开启，" + unit.owing() + " 项措施须在 "
                        + c.cycle().dueDate() + " 前报送进展。",
                "/my");
    }

    static Notice dueSoon(CycleOfCampaign c, UnitTally unit, LocalDate today) {
        long days = c.cycle().daysLeft(today);
        return new Notice(
                unit.orgId(),
                NotificationKind.DUE_SOON,
                "cycle-due-soon:" + c.cycle().id(),
                unit.name() + "：" + cycle(c) + "调度将于 " + c.cycle().dueDate() + " 截止（"
                        + (days == 0 ? "今天截止" : "还剩 " + days + " 天") + "），尚有 " + unit.owing() + " 项措施未报送。",
                "/my");
    }

    static Notice overdue(CycleOfCampaign c, UnitTally unit) {
        return new Notice(
                unit.orgId(),
                NotificationKind.OVERDUE,
                "cycle-overdue:" + c.cycle().id(),
                unit.name() + "：" + cycle(c) + "调度已于 " + c.cycle().dueDate() + " 截止，尚有 " + unit.owing()
                        + " 项措施未报送，已逾期，请尽快报送。",
                "/my");
    }

    /** To the late unit's parent organisation or the office: which unit is late, and by how much. */
    static Notice escalated(CycleOfCampaign c, UnitTally unit, long toOrgId, LocalDate today) {
        ReportingCycle cycle = c.cycle();
        return new Notice(
                toOrgId,
                NotificationKind.ESCALATED,
                "cycle-escalated:" + cycle.id() + ":" + unit.orgId(),
                unit.name() + "逾期未报：" + cycle(c) + "调度已于 " + cycle.dueDate() + " 截止，逾期 "
                        + ChronoUnit.DAYS.between(cycle.dueDate(), today) + " 天仍有 " + unit.owing() + " 项措施未报送，请督促。",
                "/cycles?campaign=" + cycle.campaignId() + "&period="
                        + cycle.period().label());
    }

    static Notice reminded(long orgId, String unitName, long reminderId, String message) {
        return new Notice(
                orgId, NotificationKind.REMINDED, "reminder:" + reminderId, unitName + "：整改办催报——" + message, "/my");
    }

    static Notice returned(ProgressReport report, String unitName, String measureTitle) {
        return new Notice(
                report.organisationId(),
                NotificationKind.REPORT_RETURNED,
                "report-returned:" + report.id() + ":" + report.version(),
                unitName + "报送的措施“" + measureTitle + "”" + report.period() + " 的进展报告被整改办退回。退回理由："
                        + report.returnReason() + "。请修改后重新提交。",
                "/my");
    }

    static Notice accepted(ProgressReport report, String unitName, String measureTitle) {
        return new Notice(
                report.organisationId(),
                NotificationKind.REPORT_ACCEPTED,
                "report-accepted:" + report.id() + ":" + report.version(),
                unitName + "报送的措施“" + measureTitle + "”" + report.period() + " 的进展报告已被整改办采纳。",
                "/measures/" + report.measureId());
    }

    /** A measure given to the unit, to lead it or to co-operate on it. */
    static Notice assigned(
            long orgId, String unitName, long measureId, int version, String title, LocalDate deadline, boolean lead) {
        return new Notice(
                orgId,
                NotificationKind.MEASURE_ASSIGNED,
                "measure-assigned:" + measureId + ":" + version,
                unitName + "：措施“" + title + "”已交由贵单位" + (lead ? "牵头" : "配合") + "办理，"
                        + (deadline == null ? "尚未确定整改时限" : "整改时限 " + deadline) + "。",
                "/measures/" + measureId);
    }

    /** One notice per unit for a whole import or bulk assignment; it links to the unit's own list, where it signs. */
    static Notice assignedInBatch(long orgId, String unitName, String batch, MeasuresAssigned.Count count) {
        List<String> parts = new ArrayList<>();
        if (count.lead() > 0) {
            parts.add(count.lead() + " 项措施交由贵单位牵头办理");
        }
        if (count.coUnit() > 0) {
            parts.add(count.coUnit() + " 项措施需贵单位配合办理");
        }
        return new Notice(
                orgId,
                NotificationKind.MEASURE_ASSIGNED,
                "measures-assigned:" + batch,
                unitName + "：新分配 " + String.join("，", parts) + "，请在“我的任务”中查看并签收。",
                "/my");
    }

    static Notice extension(ExtensionDecided d, String unitName) {
        String outcome = d.approved()
                ? "已批准，批准的整改时限为 " + d.deadline()
                : "未获批准"
                        + (d.reason() == null || d.reason().isBlank()
                                ? ""
                                : "，理由：" + d.reason().strip());
        return new Notice(
                d.orgId(),
                NotificationKind.EXTENSION_DECIDED,
                "extension:" + d.requestId(),
                unitName + "：措施“" + d.measureTitle() + "”的延期申请" + outcome + "。",
                "/measures/" + d.measureId());
    }

    /** 一对一反馈: the unit's assessment with each rule's points and why, to the length a notice holds. */
    static Notice assessment(AssessmentFeedback f, AssessmentFeedback.UnitFeedback unit) {
        String text = unit.name() + "：“" + f.campaignName() + "”" + f.year() + "年度考核得分 "
                + unit.score().stripTrailingZeros().toPlainString()
                + " 分，等次为“" + unit.rating() + "”。得分明细：" + String.join("；", unit.lines())
                + "。请对照失分项目逐项整改。";
        return new Notice(
                unit.orgId(),
                NotificationKind.ASSESSMENT_FEEDBACK,
                "assessment:" + f.campaignId() + ":" + f.year() + ":" + f.run() + ":"
                        + unit.score().toPlainString(),
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text,
                "/assessment/mine?campaign=" + f.campaignId() + "&year=" + f.year());
    }

    private static String cycle(CycleOfCampaign c) {
        return "“" + c.campaign() + "”" + c.cycle().period().chinese();
    }
}
