package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.structure.Layout;
import taizhang.extract.structure.Structure;

/** The layouts read the same whatever format carries them. */
class LayoutFormatsTest {

    private static final List<String> LEVELS = List.of(
            "一、关于党的政治建设方面",
            "（一）关于学习贯彻党的创新理论不够深入的问题",
            "1.健全学习制度。修订党组理论学习中心组学习规则。",
            "2.开展专题学习。组织集中学习12次。",
            "（二）关于落实意识形态工作责任制不到位的问题",
            "1.压实工作责任。制定责任清单。");
    private static final String[][] TABLE = {
        {"序号", "问题描述", "整改措施", "责任单位", "整改时限"},
        {"1", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
        {"", "", "明确专人负责", "办公室", "2021年底前"},
        {"2", "固定资产账实不符", "开展资产清查", "财务科", "6月30日前"}
    };

    @Test
    void readsLevelsFromWord() {
        assertLevels(Extractor.extract(Fixtures.docx(LEVELS, null), Hints.ofFile("r.docx")));
    }

    @Test
    void readsLevelsFromAWebPage() {
        StringBuilder html =
                new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">");
        LEVELS.forEach(p -> html.append("<p>").append(p).append("</p>"));
        html.append("</div></body></html>");
        assertLevels(Extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), Hints.ofFile("r.html")));
    }

    @Test
    void readsLevelsFromHardWrappedLinesAsAPdfGivesThem() {
        String wrapped = "一、关于党的政治建设方面\n（一）关于学习贯彻党的创新理论不够深入的\n问题\n1.健全学习制度。修订党组理论学习中心\n组学习规则。\n"
                + "2.开展专题学习。组织集中学习12次。\n（二）关于落实意识形态工作责任制不到位\n的问题\n1.压实工作责任。制定责任清单。";
        Structure s = Extractor.extract(wrapped, Hints.none()).structure();
        assertThat(s.problems()).hasSize(2);
        assertThat(s.problems().get(0).measures()).hasSize(2);
        assertThat(s.problems().get(0).measures().get(0).title()).isEqualTo("健全学习制度");
    }

    @Test
    void readsAWordTableWithAMergedProblemCell() {
        Structure s = Extractor.extract(Fixtures.docx(List.of("整改台账"), TABLE), Hints.ofFile("t.docx"))
                .structure();
        assertThat(s.layout()).isEqualTo(Layout.TABLE);
        assertThat(s.problems()).extracting(p -> p.title()).containsExactly("党组会议记录不规范", "固定资产账实不符");
        assertThat(s.problems().get(0).measures()).hasSize(2);
    }

    @Test
    void readsAWebTableWithRowSpans() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
                + "<tr><th>序号</th><th>存在问题</th><th>整改措施</th><th>责任单位</th></tr>"
                + "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">党组会议记录不规范</td><td>规范会议记录</td><td>办公室</td></tr>"
                + "<tr><td>明确专人负责</td><td>办公室</td></tr>"
                + "<tr><td>2</td><td>固定资产账实不符</td><td>开展资产清查</td><td>财务科</td></tr>"
                + "</table></body></html>";
        Structure s = Extractor.extract(html.getBytes(StandardCharsets.UTF_8), Hints.ofFile("t.html"))
                .structure();
        assertThat(s.layout()).isEqualTo(Layout.TABLE);
        assertThat(s.problems()).hasSize(2);
        assertThat(s.problems().get(0).measures()).extracting(m -> m.title()).containsExactly("规范会议记录", "明确专人负责");
    }

    private static void assertLevels(Report report) {
        Structure s = report.structure();
        assertThat(s.layout()).isEqualTo(Layout.LEVELS);
        assertThat(s.sections()).hasSize(1);
        assertThat(s.problems())
                .extracting(p -> p.title())
                .containsExactly("关于学习贯彻党的创新理论不够深入的问题", "关于落实意识形态工作责任制不到位的问题");
        assertThat(s.problems().get(0).measures()).extracting(m -> m.title()).containsExactly("健全学习制度", "开展专题学习");
    }
}
