package taizhang.report;

import static taizhang.shared.Gongwen.BODY_FONT;
import static taizhang.shared.Gongwen.BODY_SIZE;
import static taizhang.shared.Gongwen.HEADING_FONT;
import static taizhang.shared.Gongwen.SUBHEADING_FONT;
import static taizhang.shared.Gongwen.TITLE_FONT;
import static taizhang.shared.Gongwen.paragraph;
import static taizhang.shared.Gongwen.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.report.ProgressNotice.NoticeProblem;
import taizhang.report.ProgressNotice.NoticeSection;
import taizhang.shared.Gongwen;

/**
 * The notice as a Word document in the manner of GB/T 9704 (党政机关公文格式): A4, margins
 * 37/35/28/26 mm, a 方正小标宋 title in 二号, body in 仿宋_GB2312 三号 at a fixed 28.95 pt line
 * (22 lines a page), first-level headings in 黑体, second-level in 楷体_GB2312, measure leads in
 * bold 仿宋, and the page number as {@code — 1 —} in the footer. The font names are what the
 * government machines have; elsewhere a word processor substitutes its own.
 */
public final class NoticeDocx {

    private NoticeDocx() {}

    /** The notice in Simplified or Traditional as a whole: its texts and the words this writer adds. */
    public static byte[] write(ProgressNotice generated, UnaryOperator<String> script) {
        ProgressNotice notice = generated.converted(script);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gongwen.page(doc, true);
            if (notice.closing() != null && notice.closing().number() != null) {
                centered(doc, notice.closing().number(), BODY_FONT, BODY_SIZE);
            }
            title(doc, notice.title());
            if (notice.publicVersion()) {
                centered(doc, script.apply("（公开版）"), BODY_FONT, BODY_SIZE);
            }
            body(doc, notice.opening());
            for (NoticeSection section : notice.sections()) {
                if (section.heading() != null) {
                    heading(doc, section.heading());
                }
                section.problems().forEach(problem -> problem(doc, problem));
            }
            if (notice.closing() != null) {
                closing(doc, notice.closing(), script);
            }
            signature(doc, notice);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closing(XWPFDocument doc, ProgressNotice.Closing closing, UnaryOperator<String> script) {
        for (String[] part : new String[][] {
            {NoticeText.ISSUES_HEADING, closing.issues()}, {NoticeText.NEXT_STEPS_HEADING, closing.nextSteps()}
        }) {
            if (!part[1].isBlank()) {
                heading(doc, script.apply(part[0]));
                part[1].lines().filter(l -> !l.isBlank()).forEach(line -> body(doc, line.strip()));
            }
        }
        if (!closing.contact().isBlank()) {
            body(doc, closing.contact());
        }
    }

    /** The changes between two dates or two cycles, as an appendix (附件) to the notice. */
    static byte[] write(LedgerChanges changes, UnaryOperator<String> script) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gongwen.page(doc, true);
            XWPFParagraph mark = paragraph(doc, ParagraphAlignment.LEFT, 0);
            run(mark, script.apply("附件"), HEADING_FONT, BODY_SIZE, false);
            title(doc, script.apply(NoticeText.changesTitle(changes.campaignName())));
            centered(doc, script.apply("（" + changes.window() + "）"), BODY_FONT, BODY_SIZE);
            body(doc, script.apply(changes.summary()));
            ChangesText.sections(changes).forEach((heading, lines) -> {
                heading(doc, script.apply(heading));
                if (lines.isEmpty()) {
                    body(doc, script.apply("无。"));
                }
                lines.forEach(line -> body(doc, script.apply(line)));
            });
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void problem(XWPFDocument doc, NoticeProblem problem) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 2 * BODY_SIZE * 20);
        run(p, problem.heading(), SUBHEADING_FONT, BODY_SIZE, true);
        for (NoticeMeasure measure : problem.measures()) {
            run(p, measure.lead(), BODY_FONT, BODY_SIZE, true);
            run(p, measure.body(), BODY_FONT, BODY_SIZE, false);
        }
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 0);
        p.setSpacingBetween(35, LineSpacingRule.EXACT);
        p.setSpacingAfter(2 * 20 * 14);
        run(p, text, TITLE_FONT, 22, false);
    }

    private static void centered(XWPFDocument doc, String text, String font, int size) {
        run(paragraph(doc, ParagraphAlignment.CENTER, 0), text, font, size, false);
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

    private static void signature(XWPFDocument doc, ProgressNotice notice) {
        Gongwen.signature(doc, notice.signatureLines(), notice.signatureDate());
    }
}
