package taizhang.report;

import java.time.LocalDate;
import taizhang.shared.Dates;

/**
 * What a report of a past day says about how it was read, beside the report (never in a document
 * the office publishes): what the audit trail gives back exactly, and what the ledger does not keep
 * by day and is therefore left out rather than shown as it stands today.
 */
final class AsOfBasis {

    private AsOfBasis() {}

    static String of(String what, LocalDate day, long measures) {
        String date = Dates.written(day);
        if (measures == 0) {
            return "按" + date + "日终的台账生成" + what + "：该日台账中还没有整改措施（措施均在该日之后导入或创建），所以没有可统计的内容。";
        }
        return "按" + date + "日终的台账生成" + what + "：" + measures + "项措施的状态、牵头单位、整改时限和表述按审计记录还原到该日，"
                + "进展和数据为该日前审核通过的报告。预警等级和指标是否滞后于计划不按日期保存，无法还原，未列入；"
                + "该日之后移除的问题及其措施未列入。";
    }
}
