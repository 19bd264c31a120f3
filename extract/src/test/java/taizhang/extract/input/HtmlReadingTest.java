package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlReadingTest {

    private final DocumentReader reader = new DocumentReader();
    private final String seed = Fixtures.seed();

    @Test
    void readsAGbkPageWithDeclaredCharset() {
        byte[] bytes = Fixtures.page("gb2312").getBytes(TextDecoder.GBK);

        DecodedText decoded = reader.read(bytes, "tzgg.html", "text/html");

        assertThat(decoded.format()).isEqualTo("html");
        assertThat(decoded.charset()).isEqualTo("GBK");
        assertThat(decoded.text()).isEqualTo(Fixtures.seedBody());
    }

    @Test
    void readsAGbkPageWithNoDeclaredCharsetByDetectingItBeforeParsing() {
        byte[] bytes = Fixtures.page(null).getBytes(TextDecoder.GBK);

        DecodedText decoded = reader.read(bytes, "tzgg.htm", null);

        assertThat(decoded.charset()).isEqualTo("GBK");
        assertThat(decoded.text()).isEqualTo(Fixtures.seedBody());
    }

    @Test
    void readsABig5PageWithoutAName() {
        String page = Fixtures.encodable(Fixtures.page(null), TextDecoder.BIG5);
        byte[] bytes = page.getBytes(TextDecoder.BIG5);

        DecodedText decoded = reader.read(bytes);

        assertThat(decoded.format()).isEqualTo("html");
        assertThat(decoded.charset()).isEqualTo("Big5");
        assertThat(decoded.text())
                .startsWith(Fixtures.encodable(seed.lines().findFirst().orElseThrow(), TextDecoder.BIG5));
    }

    @Test
    void dropsNavigationScriptsLinkListsAndTheSiteFooter() {
        DecodedText decoded = reader.read(Fixtures.page("utf-8").getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text())
                .doesNotContain("首页", "政务公开", "热点新闻", "统计", "Copyright", "ICP")
                .startsWith("經過集中攻堅和持續整改")
                .endsWith("項目有序推進。");
    }

    @Test
    void dropsACopyrightLineInsideTheArticleAndKeepsParagraphBreaks() {
        String first = "一是全面落實主體責任。自治區黨委切實加強對民族工作的領導，開展民族團結政策宣講38277場。";
        String html = "<html><body><div id=\"content\"><p>" + first + "</p><div>二是強化干部教育培訓。<br>三是加大政治監督力度。</div>"
                + "<p>Copyright ◎ 2013-2022 某某公司 版權所有 冀ICP備16014214號-2</p></div></body></html>";

        DecodedText decoded = reader.read(html.getBytes(StandardCharsets.UTF_8), "a.html", null);

        assertThat(decoded.text()).isEqualTo(first + "\n二是強化干部教育培訓。\n三是加大政治監督力度。");
    }

    @Test
    void trimsNonBreakingIndentsAndDropsHiddenBlocks() {
        String html = "<html><body><div style=\"DISPLAY: none\">隐藏的统计信息</div><div class=\"TRS_Editor\">"
                + "&nbsp;&nbsp;&nbsp;&nbsp;一是全面落实主体责任。<br>　　二是强化干部教育培训。&nbsp;</div></body></html>";

        assertThat(reader.read(html.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("一是全面落实主体责任。\n二是强化干部教育培训。");
    }

    /**
     * Twenty thousand footers in a 2 MB article: measuring the article once per footer would take
     * minutes, far past the deadline; measured once, it takes well under a second.
     */
    @Test
    void staysLinearOnAPageFullOfFooters() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"article\">");
        for (int i = 0; i < 50; i++) {
            html.append("<p>")
                    .append(Fixtures.seedBody().replace("\n", "</p><p>"))
                    .append("</p>");
        }
        html.append("<p>© 2021</p>".repeat(20_000)).append("</div></body></html>");
        DocumentReader patient = new DocumentReader(ReadLimits.defaults().withTimeout(Duration.ofSeconds(20)));

        DecodedText decoded = patient.read(html.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text())
                .doesNotContain("©")
                .hasSizeGreaterThan(50 * Fixtures.seedBody().length());
    }

    @Test
    void laysOutTablesWithTabsAndLines() {
        String html = "<html><body><table><tr><th>指标</th><th>完成</th></tr><tr><td>新增就业</td><td>17.6万人</td></tr>"
                + "</table></body></html>";

        assertThat(reader.read(html.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("指标\t完成\n新增就业\t17.6万人");
    }

    @Test
    void detectsTheCharsetWhenTheDeclarationIsWrong() {
        byte[] bytes = Fixtures.page("utf-8").getBytes(TextDecoder.GBK);

        DecodedText decoded = reader.read(bytes, "tzgg.html", null);

        assertThat(decoded.charset()).isEqualTo("GBK");
        assertThat(decoded.text()).isEqualTo(Fixtures.seedBody());
    }

    @Test
    void findsTheReportInAnOldTableLayoutNamedLikeNavigation() {
        StringBuilder html = new StringBuilder("<html><body><table width=980><tr><td class=\"leftnav\">");
        html.append("<a>机构概况</a><br><a>政务公开</a><br><a>办事指南</a></td><td class=\"main_nav_right\">");
        for (String line : Fixtures.seedLines().subList(0, 5)) {
            html.append("<p>").append(line).append("</p>");
        }
        html.append("</td></tr></table></body></html>");

        DecodedText decoded = reader.read(html.toString().getBytes(TextDecoder.GB18030), "index.htm", null);

        assertThat(decoded.text())
                .isEqualTo(String.join("\n", Fixtures.seedLines().subList(0, 5)));
    }

    @Test
    void usesTheCharsetOfTheMediaType() {
        String html = "<p>完成年度計劃的88%</p>";

        DecodedText decoded = reader.read(html.getBytes(TextDecoder.BIG5), "x.html", "text/html; charset=Big5");

        assertThat(decoded).isEqualTo(new DecodedText("完成年度計劃的88%", "html", "Big5"));
    }
}
