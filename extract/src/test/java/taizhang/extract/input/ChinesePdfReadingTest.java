package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import taizhang.extract.entity.MeasureFields;
import taizhang.extract.structure.Layout;
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
    void pageNumbersAtTheFootOfThePagesAreNotText() {
        List<List<String>> pages = List.of(
                List.of(SIMPLIFIED.get(0), SIMPLIFIED.get(1), SIMPLIFIED.get(2), "1.召开党组会议专题研究巡察整改工作，制定整改方案，"),
                List.of(
                        "明确责任领导和完成时限。已完成整改。",
                        SIMPLIFIED.get(4),
                        SIMPLIFIED.get(5),
                        SIMPLIFIED.get(6),
                        SIMPLIFIED.get(7)));
        for (List<String> feet : List.of(List.of("- 1 -", "- 2 -"), List.of("1", "2"), List.of("1/2", "2/2"))) {
            Report report =
                    Extractor.extract(pagesWithFeet(pages, feet), new Hints("整改报告.pdf", "application/pdf", 2023));
            assertThat(report.text().lines().map(String::strip)).as(feet.get(0)).doesNotContainAnyElementsOf(feet);
            List<Problem> problems = report.structure().problems();
            assertThat(problems).allSatisfy(p -> assertThat(p.measures()).hasSize(2));
            var first = problems.get(0).measures().get(0);
            assertThat(report.text().substring(first.start(), first.end()))
                    .startsWith("1.召开党组会议")
                    .contains("明确责任领导和完成时限。已完成整改。");
        }
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

    /** A ruled 整改台账 as offices print one to PDF: cells wrap onto lines below, a row may leave 序号 blank. */
    private static final String[][][] LEDGER = {
        {{"序号"}, {"问题"}, {"整改措施"}, {"责任单位"}, {"整改时限"}},
        {{"1"}, {"党组会议记录不规范"}, {"规范会议记录，明确专人", "负责记录并及时归档"}, {"办公室"}, {"立行立改"}},
        {{}, {}, {"建立会议记录检查制度"}, {"办公室"}, {"2021年底前"}},
        {{"2"}, {"固定资产账实不符"}, {"开展资产清查，逐项登记"}, {"财务科"}, {"2021年6月", "30日前"}}
    };

    @Test
    void readsTheRowsOfARuledTableWhoseCellsWrap() {
        Report report = Extractor.extract(
                tablePdf("巡察反馈问题整改台账", LEDGER, "备注：本表由各责任单位填写。"), new Hints("整改台账.pdf", "application/pdf", 2021));
        assertThat(report.structure().layout()).isEqualTo(Layout.TABLE);
        assertThat(report.structure().problems())
                .extracting(p -> p.title() + ": "
                        + String.join(
                                " | ", p.measures().stream().map(m -> m.title()).toList()))
                .containsExactly("党组会议记录不规范: 规范会议记录，明确专人负责记录并及时归档 | 建立会议记录检查制度", "固定资产账实不符: 开展资产清查，逐项登记");
        assertThat(report.fields())
                .extracting(MeasureFields::leadUnits, MeasureFields::deadline)
                .containsExactly(
                        tuple(List.of("办公室"), null),
                        tuple(List.of("办公室"), LocalDate.of(2021, 12, 31)),
                        tuple(List.of("财务科"), LocalDate.of(2021, 6, 30)));
        assertThat(report.text()).contains("\n备注：本表由各责任单位填写。");
    }

    @Test
    void aRowWithoutANumberIsARowWhereNoCellWraps() {
        Report report = Extractor.extract(
                tablePdf(
                        "巡察反馈问题整改台账",
                        new String[][][] {LEDGER[0], {{"1"}, {"党组会议记录不规范"}, {"规范会议记录"}, {"办公室"}, {"立行立改"}}, LEDGER[2]},
                        ""),
                new Hints("整改台账.pdf", "application/pdf", 2021));
        assertThat(report.structure().problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.measures()).extracting(m -> m.title()).containsExactly("规范会议记录", "建立会议记录检查制度"));
    }

    @Test
    void aLedgerPrintedOverTwoPagesWithItsHeaderOnEachIsOneTable() {
        // Word prints a merged problem cell's text on the page where it starts; the next page repeats the header.
        Report report = Extractor.extract(
                tablePdf(
                        "巡察反馈问题整改台账",
                        new String[][][] {
                            LEDGER[0],
                            LEDGER[1],
                            PAGE_BREAK,
                            LEDGER[0],
                            {{}, {}, {"建立会议记录检查制度"}, {"办公室"}, {"2021年底前"}},
                            LEDGER[3]
                        },
                        ""),
                new Hints("整改台账.pdf", "application/pdf", 2021));
        assertThat(report.structure().problems())
                .extracting(p -> p.title() + ": "
                        + String.join(
                                " | ", p.measures().stream().map(m -> m.title()).toList()))
                .containsExactly("党组会议记录不规范: 规范会议记录，明确专人负责记录并及时归档 | 建立会议记录检查制度", "固定资产账实不符: 开展资产清查，逐项登记");
    }

    @Test
    void wideGapsInRunningTextMakeNoTable() {
        Report report = Extractor.extract(
                tablePdf("巡察反馈问题整改台账", new String[][][] {{{"填报单位：办公室"}, {}, {}, {"填报日期：2021年7月5日"}}}, "备注：本表由各责任单位填写。"),
                new Hints("整改台账.pdf", "application/pdf", 2021));
        assertThat(report.text()).isEqualTo("巡察反馈问题整改台账\n填报单位：办公室 填报日期：2021年7月5日\n备注：本表由各责任单位填写。");
    }

    /** A row of {@link #tablePdf} that starts a new page. */
    private static final String[][] PAGE_BREAK = {};

    /**
     * A page with a title, a ruled table of rows of cells (each cell its lines) and a note below;
     * the cells' text starts at their left, as Word and WPS print a ledger. {@link #PAGE_BREAK}
     * numbers the page at its foot and goes on with the table on a new page.
     */
    private static byte[] tablePdf(String title, String[][][] rows, String note) {
        float[] columns = {40, 70, 200, 400, 470, 555};
        try (PDDocument document = new PDDocument();
                InputStream font = ChinesePdfReadingTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf");
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDPageContentStream content = new PDPageContentStream(document, page);
            try {
                text(content, cjk, 200, 800, title);
                float top = 780;
                for (String[][] row : rows) {
                    if (row == PAGE_BREAK) {
                        text(content, cjk, 290, 40, "- " + document.getNumberOfPages() + " -");
                        content.close();
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        top = 800;
                        continue;
                    }
                    int lines = 1;
                    for (String[] cell : row) {
                        lines = Math.max(lines, cell.length);
                    }
                    float bottom = top - lines * 14 - 8;
                    for (int k = 0; k < row.length; k++) {
                        for (int l = 0; l < row[k].length; l++) {
                            text(content, cjk, columns[k] + 4, top - 14 - l * 14, row[k][l]);
                        }
                    }
                    for (float x : columns) {
                        content.moveTo(x, top);
                        content.lineTo(x, bottom);
                    }
                    content.moveTo(columns[0], top);
                    content.lineTo(columns[columns.length - 1], top);
                    content.moveTo(columns[0], bottom);
                    content.lineTo(columns[columns.length - 1], bottom);
                    content.stroke();
                    top = bottom;
                }
                text(content, cjk, 40, top - 24, note);
            } finally {
                content.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A4 pages of lines, each page with its page number (its foot) at the bottom centre. */
    private static byte[] pagesWithFeet(List<List<String>> pages, List<String> feet) {
        try (PDDocument document = new PDDocument();
                InputStream font = ChinesePdfReadingTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf");
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(document, font, true);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 780;
                    for (String line : pages.get(p)) {
                        text(content, cjk, 50, y, line);
                        y -= 18;
                    }
                    text(content, cjk, 290, 40, feet.get(p));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
