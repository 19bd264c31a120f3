package taizhang.extract.input;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Which of a DOCX's lists and levels a paragraph is numbered on, for {@link ListLabels}: each list
 * ({@code numId}) is counted apart, the level's pattern ({@code %1.}, {@code （%1）}) filled in.
 * Bullets carry no number and are left out.
 */
final class DocxNumbering {

    private final XWPFNumbering numbering;
    private final ListLabels labels = new ListLabels();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of this paragraph, or "" if it has none; counting advances as Word's does. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String pattern = paragraph.getNumLevelText();
        String format = paragraph.getNumFmt();
        if (numId == null || pattern == null || ListLabels.unnumbered(format)) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null
                ? 0
                : Math.min(paragraph.getNumIlvl().intValue(), ListLabels.LEVELS - 1);
        return labels.next(numId, level, pattern, format, () -> start(numId, level, paragraph));
    }

    private int start(BigInteger numId, int level, XWPFParagraph paragraph) {
        if (paragraph.getNumStartOverride() != null) {
            return paragraph.getNumStartOverride().intValue();
        }
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return 1;
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null || abstractNum.getCTAbstractNum().sizeOfLvlArray() <= level) {
            return 1;
        }
        CTLvl lvl = abstractNum.getCTAbstractNum().getLvlArray(level);
        return lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1;
    }
}
