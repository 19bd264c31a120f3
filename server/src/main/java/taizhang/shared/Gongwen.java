package taizhang.shared;

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

/**
 * The 公文 layout (GB/T 9704) of the documents the product writes, the progress notice and the
 * assessment notice alike: A4 with its margins, the fonts of title, headings and body, 三号 body
 * text on a fixed 28.95 pt line, and the page number in the footer.
 */
public final class Gongwen {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String HEADING_FONT = "黑体";
    public static final String SUBHEADING_FONT = "楷体_GB2312";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final int BODY_SIZE = 16;
    public static final double LINE = 28.95;

    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    private Gongwen() {}

    /** A4, the 公文 margins, and when {@code numbered} the page number centred in the footer (— 1 —). */
    public static void page(XWPFDocument doc, boolean numbered) {
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
        if (!numbered) {
            return;
        }
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

    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int firstLineTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (firstLineTwips > 0) {
            p.setIndentationFirstLine(firstLineTwips);
        }
        return p;
    }

    /** A run in a Chinese font, with Times New Roman for the Latin letters and digits beside it. */
    public static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("Times New Roman");
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
