package taizhang.extract.input;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The labels Word draws in front of numbered paragraphs ({@code 1.}, {@code （一）}, {@code 第二条}).
 * They are not in the paragraph's text, yet reports number their problems this way, so the
 * structure parser needs them: each list is counted as Word counts it and the level's pattern
 * ({@code %1.}, {@code （%1）}) is filled in. Bullets carry no number and are left out.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of this paragraph, or "" if it has none; counting advances as Word's does. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String pattern = paragraph.getNumLevelText();
        String format = paragraph.getNumFmt();
        if (numId == null || pattern == null || format == null || format.equals("bullet") || format.equals("none")) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null
                ? 0
                : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(numId, level, paragraph) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int referenced = pattern.charAt(++i) - '1';
                label.append(format(Math.max(count[referenced], 1), referenced == level ? format : "decimal"));
            } else {
                label.append(c);
            }
        }
        return label.toString();
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

    static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting",
                    "chineseCountingThousand",
                    "chineseLegalSimplified",
                    "ideographDigital",
                    "taiwaneseCounting",
                    "taiwaneseCountingThousand" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
            case "lowerLetter" -> letter(n, 'a');
            case "upperLetter" -> letter(n, 'A');
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            default -> String.valueOf(n);
        };
    }

    /** 1–99 as written in report numbering: 一, 十, 十一, 二十三. */
    private static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }

    private static String letter(int n, char a) {
        return n >= 1 && n <= 26 ? String.valueOf((char) (a + n - 1)) : String.valueOf(n);
    }

    private static String fullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) {
            s.append((char) (c - '0' + '０'));
        }
        return s.toString();
    }
}
