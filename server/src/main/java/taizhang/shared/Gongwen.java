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

    /** 4号: the page number's size in points. */
    private static final int PAGE_NUMBER_SIZE = 14;

    private Gongwen() {}

    /**
     * A4, the 公文 margins, and when {@code numbered} the page number in the footer as GB/T 9704 sets
     * it: {@code — 1 —} in 4号 半角宋体, on odd pages to the right and on even pages to the left, one
     * character in from the edge of the text block.
     */
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
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        int oneCharacter = PAGE_NUMBER_SIZE * 20;
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneCharacter);
        } else {
            p.setIndentationLeft(oneCharacter);
        }
        run(p, "— ", "宋体", PAGE_NUMBER_SIZE, false);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
        // After the field: the paragraph's runs and fields share one sequence, so the run is added to
        // the paragraph's XML directly, its leading space kept.
        var closing = p.getCTP().addNewR();
        var font = closing.addNewRPr();
        font.addNewRFonts().setAscii("宋体");
        font.getRFontsArray(0).setHAnsi("宋体");
        font.getRFontsArray(0).setEastAsia("宋体");
        font.addNewSz().setVal(BigInteger.valueOf(PAGE_NUMBER_SIZE * 2L));
        var text = closing.addNewT();
        text.setStringValue(" —");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
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

    /**
     * The 落款 of a document not sealed (GB/T 9704 7.3.5.2): the issuer's lines two characters in from
     * the right, the date (Arabic numerals) on the next line, its first character two characters right
     * of the issuer's; a date longer than the issuer stands two characters in, the issuer moved left to
     * match. The last paragraph of the text is kept on the page of the 落款, which never stands alone.
     */
    public static void signature(XWPFDocument doc, java.util.List<String> lines, String date) {
        if (!doc.getParagraphs().isEmpty()) {
            doc.getLastParagraph().setKeepNext(true);
        }
        double issuer = lines.stream().mapToDouble(Gongwen::width).max().orElse(0);
        double dateIndent = issuer - width(date);
        double issuerIndent = 2;
        if (dateIndent < 2) {
            issuerIndent = 2 + (2 - dateIndent);
            dateIndent = 2;
        }
        paragraph(doc, ParagraphAlignment.RIGHT, 0).setKeepNext(true);
        for (String line : lines) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, 0);
            p.setKeepNext(true);
            // Each line ends where the longest does: the lines of the issuer share their first column.
            p.setIndentationRight(characters(issuerIndent + issuer - width(line)));
            run(p, line, BODY_FONT, BODY_SIZE, false);
        }
        XWPFParagraph on = paragraph(doc, ParagraphAlignment.RIGHT, 0);
        on.setIndentationRight(characters(dateIndent));
        run(on, date, BODY_FONT, BODY_SIZE, false);
    }

    /** A text's width in characters of the body: a half-width letter or digit is half a character. */
    static double width(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }

    private static int characters(double count) {
        return (int) Math.round(count * BODY_SIZE * 20);
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
