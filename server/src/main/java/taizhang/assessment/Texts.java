package taizhang.assessment;

import java.time.LocalDate;
import taizhang.cycle.CycleQueries;
import taizhang.ledger.MeasureFigures;

/** The observations of each rule with what was counted in words, as a unit rated 一般 reads them. */
final class Texts {

    private Texts() {}

    static Observation onTime(CycleQueries.UnitReporting r) {
        return Observation.rate(
                Rule.ON_TIME_REPORTS,
                r.settled(),
                r.required(),
                r.cycles() + " 个已关闭调度周期应报 " + r.required() + " 次，关闭时已报送 " + r.settled() + " 次，退回未重报 " + r.returned()
                        + " 次，逾期未报 " + r.missing() + " 次");
    }

    /** {@code asOf}: the day the counts stand at, today or the year's last day. */
    static Observation completion(MeasureFigures.LeadDeadlines d, LocalDate asOf) {
        if (d.due() == 0) {
            return none(Rule.COMPLETION, true);
        }
        return Observation.rate(
                Rule.COMPLETION,
                d.finished(),
                d.due(),
                "截至 " + asOf + " 到期措施 " + d.due() + " 项，已完成 " + d.finished() + " 项，逾期未完成 " + (d.due() - d.finished())
                        + " 项");
    }

    static Observation overdueRed(long count, LocalDate asOf) {
        return Observation.count(Rule.OVERDUE_RED, count, "截至 " + asOf + " 逾期且亮红灯的措施 " + count + " 项");
    }

    static Observation returned(long count) {
        return Observation.count(Rule.RETURNED_REPORTS, count, "本年度被退回、尚未通过的进展报告 " + count + " 份");
    }

    static Observation extensions(long requested, long approved, long refused) {
        long pending = requested - approved - refused;
        return Observation.count(
                Rule.EXTENSIONS,
                requested,
                "本年度申请延期 " + requested + " 次（批准 " + approved + " 次，不批准 " + refused + " 次"
                        + (pending > 0 ? "，待审批 " + pending + " 次" : "") + "）");
    }

    static Observation sourced(Rule rule, double count) {
        String n = Scoring.plain(java.math.BigDecimal.valueOf(count));
        return Observation.count(
                rule, count, rule == Rule.ACCOUNTABILITY ? "本年度责任追究 " + n + " 次" : "本年度督导发现问题 " + n + " 个");
    }

    /** A rule with nothing observed for the unit; {@code fed} false when no feature feeds it yet. */
    static Observation none(Rule rule, boolean fed) {
        return switch (rule) {
            case ON_TIME_REPORTS -> Observation.rate(rule, 0, 0, "本年度没有要求本单位报送的已关闭调度周期");
            case COMPLETION -> Observation.rate(rule, 0, 0, "本年度没有到期的牵头措施");
            case RETURNED_REPORTS -> Observation.count(rule, 0, "本年度没有被退回的进展报告");
            case EXTENSIONS -> Observation.count(rule, 0, "本年度没有申请延期");
            case OVERDUE_RED -> Observation.count(rule, 0, "没有逾期亮红灯的措施");
            case SUPERVISION_FINDINGS, ACCOUNTABILITY ->
                Observation.count(rule, 0, fed ? "本年度无" + rule.label() + "记录" : rule.label() + "尚未接入考核数据，按 0 次计");
        };
    }
}
