package taizhang.notice;

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
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import taizhang.report.Tally;
import taizhang.shared.Gongwen;

/** The 简报 as a Word document in the 公文 layout: title, the statistics as a table, what moved, who lags. */
final class BriefDocx {

    static final List<String> COLUMNS = List.of("类别", "总数", "完成整改", "基本完成", "未完成", "完成率");

    private BriefDocx() {}

    static byte[] write(Brief plain, UnaryOperator<String> script) {
        Brief brief = plain.converted(script);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gongwen.page(doc, true);
            run(paragraph(doc, ParagraphAlignment.CENTER, 0), brief.title(), TITLE_FONT, 22, false);
            String line = (brief.number() == null ? "" : brief.number() + "　") + "截至" + brief.asOf();
            run(
                    paragraph(doc, ParagraphAlignment.CENTER, 0),
                    script.apply("（" + line + "）"),
                    BODY_FONT,
                    BODY_SIZE,
                    false);
            heading(doc, script.apply("一、总体情况"));
            body(
                    doc,
                    script.apply(
                            brief.problems().sentence() + "；" + brief.measures().sentence() + "。"));
            table(doc, brief, script);
            heading(doc, script.apply("二、本期进展"));
            body(doc, script.apply(brief.movement()));
            brief.finished().forEach(f -> body(doc, f));
            heading(doc, script.apply("三、滞后情况"));
            body(doc, script.apply(brief.lags()));
            Gongwen.signature(doc, List.of(brief.signature()), brief.date());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Brief brief, UnaryOperator<String> script) {
        XWPFTable table = doc.createTable(3, COLUMNS.size());
        row(table, 0, COLUMNS.stream().map(script).toList());
        row(table, 1, cells(script.apply("问题"), brief.problems()));
        row(table, 2, cells(script.apply("整改措施"), brief.measures()));
    }

    static List<String> cells(String label, Tally t) {
        return List.of(
                label,
                String.valueOf(t.total()),
                String.valueOf(t.completed()),
                String.valueOf(t.substantiallyDone()),
                String.valueOf(t.unfinished()),
                t.rate().toPlainString() + "%");
    }

    private static void row(XWPFTable table, int index, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell cell = table.getRow(index).getCell(i);
            cell.removeParagraph(0);
            run(cell.addParagraph(), values.get(i), BODY_FONT, 14, index == 0);
        }
    }

    /** A heading, kept on the page of the paragraph it heads. */
    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 2 * BODY_SIZE * 20);
        p.setKeepNext(true);
        run(p, text, HEADING_FONT, BODY_SIZE, false);
    }

    private static void body(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.BOTH, 2 * BODY_SIZE * 20), text, BODY_FONT, BODY_SIZE, false);
    }
}
