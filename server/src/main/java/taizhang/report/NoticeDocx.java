package taizhang.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.report.ProgressNotice.NoticeProblem;
import taizhang.report.ProgressNotice.NoticeSection;

/**
 * The notice as a Word document in the manner of GB/T 9704 (党政机关公文格式): A4, margins
 * 37/35/28/26 mm, a 方正小标宋 title in 二号, body in 仿宋_GB2312 三号 at a fixed 28.95 pt line
 * (22 lines a page), first-level headings in 黑体, second-level in 楷体_GB2312, measure leads in
 * bold 仿宋, and the page number as {@code — 1 —} in the footer. The font names are what the
 * government machines have; elsewhere a word processor substitutes its own.
 */
final class NoticeDocx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    private static final int BODY_SIZE = 16;
    private static final double LINE = 28.95;
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    private NoticeDocx() {}

    static byte[] write(ProgressNotice notice) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            title(doc, notice.title());
            if (notice.publicVersion()) {
                centered(doc, "（公开版）", BODY_FONT, BODY_SIZE);
            }
            body(doc, notice.opening());
            for (NoticeSection section : notice.sections()) {
                if (section.heading() != null) {
                    heading(doc, section.heading());
                }
                section.problems().forEach(problem -> problem(doc, problem));
            }
            signature(doc, notice);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The changes between two dates or two cycles, as an appendix (附件) to the notice. */
    static byte[] write(LedgerChanges changes) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph mark = paragraph(doc, ParagraphAlignment.LEFT, 0);
            run(mark, "附件", HEADING_FONT, BODY_SIZE, false);
            title(doc, changes.campaignName() + "整改进展变化情况");
            centered(doc, "（" + changes.window() + "）", BODY_FONT, BODY_SIZE);
            body(doc, changes.summary());
            ChangesText.sections(changes).forEach((heading, lines) -> {
                heading(doc, heading);
                if (lines.isEmpty()) {
                    body(doc, "无。");
                }
                lines.forEach(line -> body(doc, line));
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

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
        margins.setFooter(BigInteger.valueOf(28L * TWIPS_PER_MM / 2));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", 14, false);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
        // Appended after the field: the paragraph's runs and fields share one sequence.
        p.getCTP().addNewR().addNewT().setStringValue(" —");
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

    private static void heading(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.LEFT, 2 * BODY_SIZE * 20), text, HEADING_FONT, BODY_SIZE, false);
    }

    private static void body(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.BOTH, 2 * BODY_SIZE * 20), text, BODY_FONT, BODY_SIZE, false);
    }

    private static void signature(XWPFDocument doc, ProgressNotice notice) {
        paragraph(doc, ParagraphAlignment.RIGHT, 0);
        run(paragraph(doc, ParagraphAlignment.RIGHT, 0), notice.issuer(), BODY_FONT, BODY_SIZE, false);
        run(paragraph(doc, ParagraphAlignment.RIGHT, 0), notice.asOfText(), BODY_FONT, BODY_SIZE, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int firstLineTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (firstLineTwips > 0) {
            p.setIndentationFirstLine(firstLineTwips);
        }
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("Times New Roman");
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
