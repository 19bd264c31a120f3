package taizhang.report;

import java.math.BigDecimal;
import java.util.List;
import taizhang.ledger.MeasureLead;
import taizhang.shared.Percent;

/** How a ledger's texts become a notice's sentences. */
final class NoticeText {

    private static final String LEAD_END = "。.，,：:；; ";

    private static final String SENTENCE_END = "。！？；.!?;）)”";

    static final String ISSUES_HEADING = "存在的主要问题";
    static final String NEXT_STEPS_HEADING = "下一步工作";

    private NoticeText() {}

    /**
     * The title of the changes appendix: 整改进展变化情况 after the campaign's name, without saying
     * 整改 twice when the name ends with it (…反馈意见整改).
     */
    static String changesTitle(String campaign) {
        return campaign + (campaign.endsWith("整改") ? "" : "整改") + "进展变化情况";
    }

    /**
     * The progress text without its own lead: imported progress repeats {@code 一是<title>。},
     * which the notice writes itself (renumbered, as the public version leaves measures out). Only
     * an ordinal may stand before the title: a text that opens with a label ({@code 措施正文：<title>})
     * or with other words is kept whole, else the label would be dropped with the whole sentence.
     */
    static String afterLead(String progress, String title) {
        if (progress == null) {
            return "";
        }
        String text = progress.strip();
        int at = MeasureLead.titleAt(text, title);
        if (at < 0) {
            return text;
        }
        int end = at + title.length();
        while (end < text.length() && LEAD_END.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return text.substring(end);
    }

    /**
     * A measure's paragraph: the official text, then the accepted progress as
     * {@code 2021年9月进展：…}, then the figures it gave in brackets. Each part ends a sentence.
     */
    static String told(String official, String progress, String period, List<String> figures) {
        StringBuilder text = new StringBuilder(sentence(official));
        if (!progress.isEmpty()) {
            text.append(period == null ? "" : period).append("进展：").append(sentence(progress));
        }
        if (!figures.isEmpty()) {
            text.append("（数据：").append(String.join("；", figures)).append("）");
        }
        return text.toString();
    }

    /**
     * What an accepted report adds to the official text: nothing when it repeats it (the import
     * records the imported text as the measure's first report), else its text without its lead.
     */
    static String progress(String official, String report, String title) {
        String said = afterLead(report, title);
        return said.isEmpty() || said.equals(official) ? "" : said;
    }

    /** Figures the text does not already state, as {@code 新增就业17.6万人（目标20万人，完成88%）}. */
    static List<String> newFigures(String text, List<ReportRepository.Figure> figures) {
        return figures.stream()
                .filter(f -> !text.contains(plain(f.value())))
                .map(NoticeText::figure)
                .toList();
    }

    private static String figure(ReportRepository.Figure f) {
        String unit = f.unit() == null ? "" : f.unit();
        String stated = f.name() + plain(f.value()) + unit;
        if (f.target() == null || f.target().signum() == 0) {
            return stated;
        }
        return stated + "（目标" + plain(f.target()) + unit + "，完成" + plain(Percent.of(f.value(), f.target())) + "%）";
    }

    private static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + "。";
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The opening: where the work stands, in the two sentences of the statistics. */
    static String opening(String campaign, String asOf, Tally problems, Tally measures) {
        return "按照" + campaign + "工作部署，各地区各部门坚持问题导向，逐项对账销号，整改工作取得阶段性成效。截至" + asOf + "，" + problems.sentence() + "；"
                + measures.sentence() + "。现将有关情况通报如下：";
    }
}
