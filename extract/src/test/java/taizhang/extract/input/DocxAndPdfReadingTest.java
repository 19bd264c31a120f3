package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocxAndPdfReadingTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsDocxParagraphsInOrderAndTablesAsTabbedRows() {
        List<String> paragraphs = Fixtures.seedLines();
        String[][] table = {{"问题", "措施", "完成率"}, {"全面加强和改进民族工作", "一是全面落实主体责任", "88%"}};

        DecodedText decoded = reader.read(Fixtures.docx(paragraphs, table), "通报.docx", null);

        List<String> expected = new ArrayList<>(paragraphs);
        expected.add("问题\t措施\t完成率");
        expected.add("全面加强和改进民族工作\t一是全面落实主体责任\t88%");
        assertThat(decoded.text()).isEqualTo(String.join("\n", expected));
        assertThat(decoded.format()).isEqualTo("docx");
        assertThat(decoded.charset()).isNull();
    }

    @Test
    void keepsTheNumbersWordDrawsForNumberedParagraphs() {
        List<String> paragraphs = List.of("堅持黨的全面領導", "全面加強和改進民族工作。", "壓實主體責任。", "聚焦民生", "推進穩就業。");

        DecodedText decoded = reader.read(Fixtures.numberedDocx(paragraphs, List.of(0, 1, 1, 0, 1)), "通报.docx", null);

        assertThat(decoded.text()).isEqualTo("（一）堅持黨的全面領導\n1.全面加強和改進民族工作。\n2.壓實主體責任。\n" + "（二）聚焦民生\n1.推進穩就業。");
    }

    @Test
    void writesWordNumberFormatsAsTheyAppear() {
        assertThat(ListLabels.format(23, "chineseCounting")).isEqualTo("二十三");
        assertThat(ListLabels.format(10, "chineseCountingThousand")).isEqualTo("十");
        assertThat(ListLabels.format(3, "ideographTraditional")).isEqualTo("丙");
        assertThat(ListLabels.format(2, "decimalEnclosedCircle")).isEqualTo("②");
        assertThat(ListLabels.format(12, "decimal")).isEqualTo("12");
    }

    @Test
    void readsADocxWhateverItIsCalled() {
        byte[] bytes = Fixtures.docx(List.of("开展民族团结政策宣讲38277场。"), null);

        assertThat(reader.read(bytes, "upload.bin", "application/octet-stream").text())
                .isEqualTo("开展民族团结政策宣讲38277场。");
    }

    /** Latin text only: the build machine has no CJK font to embed in a generated PDF. */
    @Test
    void readsThePdfTextLayerInReadingOrder() {
        List<String> lines =
                List.of("Rectification progress report 2021", "Problem 1: 38277 sessions held", "Completion rate 88%");

        DecodedText decoded = reader.read(Fixtures.pdf(lines, null), "report.pdf", "application/pdf");

        assertThat(decoded.format()).isEqualTo("pdf");
        assertThat(decoded.text()).isEqualTo(String.join("\n", lines));
    }
}
