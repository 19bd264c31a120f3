package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The 公文 layout's rules for the 落款 and the page number (GB/T 9704), read back from the document written. */
class GongwenTest {

    private static final int CHARACTER = Gongwen.BODY_SIZE * 20;

    @Test
    void theDateStartsTwoCharactersRightOfTheIssuerWhichStandsTwoIn() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Gongwen.run(Gongwen.paragraph(doc, ParagraphAlignment.BOTH, 0), "正文最后一段。", Gongwen.BODY_FONT, 16, false);
            Gongwen.signature(doc, List.of("自治区巡视整改工作领导小组办公室"), "2021年9月30日");

            List<XWPFParagraph> p = doc.getParagraphs();
            XWPFParagraph issuer = p.get(2);
            XWPFParagraph date = p.get(3);
            assertThat(issuer.getIndentationRight()).isEqualTo(2 * CHARACTER);
            // 16 characters of issuer; the date is 6.5 wide (a digit is half): 2 + 16 - 2 - 6.5 = 9.5 in.
            assertThat(date.getIndentationRight()).isEqualTo(Math.round(9.5 * CHARACTER));
            assertThat(p.get(0).isKeepNext())
                    .as("the last paragraph goes with the 落款")
                    .isTrue();
            assertThat(issuer.isKeepNext()).isTrue();
        }
    }

    @Test
    void aDateLongerThanTheIssuerStandsTwoInAndMovesTheIssuerLeft() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Gongwen.signature(doc, List.of("整改办"), "2021年12月31日");

            List<XWPFParagraph> p = doc.getParagraphs();
            assertThat(p.get(2).getIndentationRight()).isEqualTo(2 * CHARACTER);
            // Date 7 characters wide, issuer 3: the issuer's first character two left of the date's.
            assertThat(p.get(1).getIndentationRight()).isEqualTo(8 * CHARACTER);
        }
    }

    @Test
    void thePageNumberIsRightOnOddPagesAndLeftOnEvenOnesWithItsDashesSpaced() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            Gongwen.page(doc, true);

            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            XWPFParagraph odd = doc.getHeaderFooterPolicy()
                    .getDefaultFooter()
                    .getParagraphs()
                    .get(0);
            XWPFParagraph even = doc.getHeaderFooterPolicy()
                    .getEvenPageFooter()
                    .getParagraphs()
                    .get(0);
            assertThat(odd.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(even.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(odd.getCTP().xmlText())
                    .contains(">— </")
                    .contains("PAGE")
                    .contains("xml:space=\"preserve\"> —</");
        }
    }
}
