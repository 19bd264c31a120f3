package taizhang.extract.input;

import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Which of a Word 97–2003 document's lists and levels a paragraph is numbered on, for {@link
 * ListLabels}, as {@link DocxNumbering} does for a DOCX: each list instance (LFO, the binary
 * format's {@code numId}) is counted apart. The binary format writes a level's pattern with the
 * characters 0–8 where the levels' numbers go and its number format as a code; both are turned
 * into their DOCX forms, so that the two formats number alike.
 */
final class DocNumbering {

    private final ListLabels labels = new ListLabels();

    /** The label of this paragraph, or "" if it has none; counting advances as Word's does. */
    String label(Paragraph paragraph) {
        HWPFList list = list(paragraph);
        if (list == null) {
            return "";
        }
        char level = (char) Math.max(0, Math.min(paragraph.getIlvl(), ListLabels.LEVELS - 1));
        String format = format(list.getNumberFormat(level));
        String text = list.getNumberText(level);
        if (ListLabels.unnumbered(format) || text == null) {
            return "";
        }
        StringBuilder pattern = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < ListLabels.LEVELS) {
                pattern.append('%').append((char) ('1' + c));
            } else {
                pattern.append(c);
            }
        }
        return labels.next(paragraph.getIlfo(), level, pattern.toString(), format, () -> list.getStartAt(level));
    }

    private static HWPFList list(Paragraph paragraph) {
        try {
            return paragraph.isInList() ? paragraph.getList() : null;
        } catch (RuntimeException brokenListReference) {
            // A paragraph pointing at a list the file lacks loses its number, not the document its text.
            return null;
        }
    }

    /** The number format codes of [MS-DOC] (MSONFC) under their DOCX names; those not drawn alike are decimal. */
    static String format(int code) {
        return switch (code) {
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 10 -> "ideographDigital";
            case 14 -> "decimalFullWidth";
            case 18 -> "decimalEnclosedCircle";
            case 19 -> "decimalFullWidth2";
            case 23 -> "bullet";
            case 28 -> "decimalEnclosedCircleChinese";
            case 30 -> "ideographTraditional";
            case 33 -> "taiwaneseCounting";
            case 35 -> "taiwaneseCountingThousand";
            case 37 -> "chineseCounting";
            case 38 -> "chineseLegalSimplified";
            case 39 -> "chineseCountingThousand";
            case 255 -> "none";
            default -> "decimal";
        };
    }
}
