package taizhang.assessment;

import static taizhang.shared.Gongwen.BODY_FONT;
import static taizhang.shared.Gongwen.BODY_SIZE;
import static taizhang.shared.Gongwen.HEADING_FONT;
import static taizhang.shared.Gongwen.TITLE_FONT;
import static taizhang.shared.Gongwen.paragraph;
import static taizhang.shared.Gongwen.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import taizhang.shared.Gongwen;

/**
 * 考核结果通报 as a Word document, set like the progress notice (report/NoticeDocx, GB/T 9704): A4
 * with the 公文 margins, a 方正小标宋 title, 仿宋_GB2312 body at a fixed line, 黑体 headings; the
 * results as a table; each unit rated 一般 or 差 with its lost points, one line per rule.
 */
final class AssessmentDocx {

    private static final int TABLE_SIZE = 12;

    private AssessmentDocx() {}

    static byte[] write(Assessment a, String date) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gongwen.page(doc, false);
            title(doc, a.campaignName() + a.year() + "年度考核结果通报");
            body(doc, opening(a));
            heading(doc, "一、考核结果");
            results(doc, a);
            heading(doc, "二、评定为“一般”“差”等次的单位");
            List<UnitResult> weak =
                    a.units().stream().filter(u -> u.rating().needsFeedback()).toList();
            if (weak.isEmpty()) {
                body(doc, "无。");
            }
            for (UnitResult u : weak) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 2 * BODY_SIZE * 20);
                run(p, u.name() + "：", BODY_FONT, BODY_SIZE, true);
                run(
                        p,
                        "得分 " + Scoring.plain(u.score()) + " 分，等次为“"
                                + u.rating().label() + "”。",
                        BODY_FONT,
                        BODY_SIZE,
                        false);
                for (Component c : u.components()) {
                    if (c.points().compareTo(c.weight()) != 0) {
                        body(
                                doc,
                                c.label() + "得 " + Scoring.plain(c.points()) + " 分（满分 " + Scoring.plain(c.weight())
                                        + " 分）：" + c.detail() + "。");
                    }
                }
            }
            heading(doc, "三、有关要求");
            body(doc, "评定为“一般”“差”等次的单位，要对照失分项目逐项分析原因，制定整改措施，限期整改到位，" + "整改情况按调度周期报送。各单位得分明细已一对一反馈。");
            paragraph(doc, ParagraphAlignment.RIGHT, 0);
            run(paragraph(doc, ParagraphAlignment.RIGHT, 0), a.office() + "整改办", BODY_FONT, BODY_SIZE, false);
            run(paragraph(doc, ParagraphAlignment.RIGHT, 0), date, BODY_FONT, BODY_SIZE, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String opening(Assessment a) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Rating, Long> e : a.ratingCounts().entrySet()) {
            counts.append(counts.isEmpty() ? "" : "，")
                    .append("“")
                    .append(e.getKey().label())
                    .append("”")
                    .append(e.getValue())
                    .append("个");
        }
        StringBuilder rules = new StringBuilder();
        for (RuleSetting r : a.settings().rules()) {
            rules.append(rules.isEmpty() ? "" : "、")
                    .append(r.rule().label())
                    .append(Scoring.plain(r.weight()))
                    .append("分");
        }
        return "按照" + a.campaignName() + "考核要求，依据整改台账和调度周期记录，从" + rules + "等方面，对 "
                + a.units().size() + " 个责任单位" + a.year() + "年度整改工作进行了考核。评定" + counts + "。现将结果通报如下。";
    }

    private static void results(XWPFDocument doc, Assessment a) {
        XWPFTable table = doc.createTable(1, 4);
        table.setWidth("100%");
        String[] head = {"序号", "单位", "得分", "等次"};
        XWPFTableRow first = table.getRow(0);
        for (int i = 0; i < head.length; i++) {
            cell(first, i, head[i], true);
        }
        int n = 1;
        for (UnitResult u : a.units()) {
            XWPFTableRow row = table.createRow();
            cell(row, 0, String.valueOf(n++), false);
            cell(row, 1, u.name(), false);
            cell(row, 2, Scoring.plain(u.score()) + (u.adjusted() ? "（调整）" : ""), false);
            cell(row, 3, u.rating().label(), false);
        }
    }

    private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, BODY_FONT, TABLE_SIZE, bold);
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 0);
        p.setSpacingBetween(35, LineSpacingRule.EXACT);
        p.setSpacingAfter(2 * 20 * 14);
        run(p, text, TITLE_FONT, 22, false);
    }

    private static void heading(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.LEFT, 2 * BODY_SIZE * 20), text, HEADING_FONT, BODY_SIZE, false);
    }

    private static void body(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.BOTH, 2 * BODY_SIZE * 20), text, BODY_FONT, BODY_SIZE, false);
    }
}
