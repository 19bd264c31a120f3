package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.defect.Script;
import taizhang.extract.structure.Problem;

/**
 * A PDF whose text is Chinese, drawn with an embedded CJK font as offices' PDFs are: the reader
 * finds its problems and measures, in Simplified and in Traditional characters. The font is a
 * subset shipped with the tests ({@code fonts/README.md}), so no system font is needed.
 */
class ChinesePdfReadingTest {

    private static final List<String> SIMPLIFIED = List.of(
            "关于巡察反馈问题整改情况的报告",
            "一、关于落实全面从严治党主体责任方面",
            "（一）主体责任落实不到位的问题",
            "1.召开党组会议专题研究巡察整改工作，制定整改方案，明确责任领导和完成时限。已完成整改。",
            "2.建立问题清单、任务清单、责任清单，实行销号管理，每月调度整改进度。",
            "（二）日常监督管理不严的问题",
            "1.修订完善内部管理制度12项，开展警示教育3次。",
            "2.加强对干部职工的日常监督，持续推进。");

    private static final List<String> TRADITIONAL = List.of(
            "關於巡察反饋問題整改情況的報告",
            "一、關於落實全面從嚴治黨主體責任方面",
            "（一）主體責任落實不到位的問題",
            "1.召開黨組會議專題研究巡察整改工作，制定整改方案，明確責任領導和完成時限。已完成整改。",
            "2.建立問題清單、任務清單、責任清單，實行銷號管理，每月調度整改進度。",
            "（二）日常監督管理不嚴的問題",
            "1.修訂完善內部管理制度12項，開展警示教育3次。",
            "2.加強對幹部職工的日常監督，持續推進。");

    @Test
    void readsProblemsAndMeasuresFromASimplifiedPdf() {
        Report report = Extractor.extract(pdf(SIMPLIFIED), new Hints("整改报告.pdf", "application/pdf", 2023));
        assertThat(report.text()).contains("主体责任落实不到位的问题");
        List<Problem> problems = report.structure().problems();
        assertThat(problems).extracting(Problem::title).containsExactly("主体责任落实不到位的问题", "日常监督管理不严的问题");
        assertThat(problems).allSatisfy(p -> assertThat(p.measures()).hasSize(2));
        assertThat(problems.get(0).measures().get(0).title()).isEqualTo("召开党组会议专题研究巡察整改工作，制定整改方案，明确责任领导和完成时限");
        assertThat(report.quantities()).extracting(q -> q.text()).containsExactly("12项", "3次");
        assertThat(report.statuses())
                .extracting(c -> c.evidence().get(0).text())
                .containsExactly("已完成整改", "持续推进");
    }

    @Test
    void readsProblemsAndMeasuresFromATraditionalPdf() {
        Report report = Extractor.extract(pdf(TRADITIONAL), new Hints("整改報告.pdf", "application/pdf", 2023));
        assertThat(report.script()).isEqualTo(Script.HANT);
        List<Problem> problems = report.structure().problems();
        assertThat(problems).extracting(Problem::title).containsExactly("主體責任落實不到位的問題", "日常監督管理不嚴的問題");
        assertThat(problems).allSatisfy(p -> assertThat(p.measures()).hasSize(2));
        assertThat(problems.get(1).measures().get(1).title()).isEqualTo("加強對幹部職工的日常監督，持續推進");
    }

    /** An A4 page per text, each line drawn apart with the embedded subset of a CJK font. */
    private static byte[] pdf(List<String> lines) {
        try (PDDocument document = new PDDocument();
                InputStream font = ChinesePdfReadingTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf");
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(cjk, 10);
                content.newLineAtOffset(50, 780);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
