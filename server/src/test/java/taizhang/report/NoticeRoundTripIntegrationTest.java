package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.structure.Problem;
import taizhang.ingest.ImportService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;

/**
 * The seed imported, its notice generated as DOCX and read back by the extractor: the same
 * problems, measures and figures come out as went in.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class NoticeRoundTripIntegrationTest {

    @Autowired
    ImportService imports;

    @Autowired
    ProgressNotices notices;

    @Autowired
    StatisticsService statistics;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void noticeOfTheImportedSeedReadsBackAsTheSeed() throws java.io.IOException {
        long campaign = SeedCampaign.campaign(
                imports, fixtures.actor("内蒙古自治区", Role.OFFICE).user());
        Report seed = Extractor.extract(SeedCampaign.seed(), new Hints("seed.txt", "text/plain", 2021));

        byte[] docx = NoticeDocx.write(
                notices.notice(SeedCampaign.office(), campaign, null, false),
                java.util.function.UnaryOperator.identity());
        // bench/notice-preview.sh asks for the document to render it
        if (System.getProperty("notice.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("notice.out")), docx);
        }
        Report notice = Extractor.extract(docx, new Hints("notice.docx", null, 2021));

        assertThat(notice.structure().problems()).hasSize(23);
        assertThat(notice.structure().measureCount()).isEqualTo(82);
        assertThat(titles(notice)).isEqualTo(titles(seed));
        assertThat(measureTitles(notice)).isEqualTo(measureTitles(seed));
        assertThat(quantities(notice)).isEqualTo(quantities(seed));
    }

    @Test
    void statisticsOfTheSeedCountEveryProblemAndMeasure() {
        long campaign = SeedCampaign.campaign(
                imports, fixtures.actor("内蒙古自治区", Role.OFFICE).user());

        CompletionStatistics stats = statistics.statistics(SeedCampaign.office(), campaign);

        assertThat(stats.problems().total()).isEqualTo(23);
        assertThat(stats.measures().total()).isEqualTo(82);
        assertThat(stats.byProblem()).hasSize(23);
        assertThat(stats.byProblem().stream()
                        .mapToLong(r -> r.measures().total())
                        .sum())
                .isEqualTo(82);
        assertThat(stats.byUnit().stream().mapToLong(r -> r.measures().total()).sum())
                .isEqualTo(82);
        assertThat(stats.problems().sentence()).startsWith("反馈的23个问题，完成整改");
    }

    @Test
    void reportsPageAndHtmlNoticeShowTheSentence() throws Exception {
        Fixtures.Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = SeedCampaign.campaign(imports, office.user());
        String sentence =
                statistics.statistics(office.user(), campaign).problems().sentence();

        mvc.perform(get("/reports")
                        .param("campaign", String.valueOf(campaign))
                        .param("from", "2021-01-01")
                        .param("to", java.time.LocalDate.now().toString())
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sentence)))
                .andExpect(content().string(containsString("新增整改措施0项")));
        mvc.perform(get("/reports/notice")
                        .param("campaign", String.valueOf(campaign))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sentence)))
                .andExpect(content().string(containsString("一是全面落实主体责任。")));
    }

    private static List<String> titles(Report report) {
        return report.structure().problems().stream()
                .map(p -> normal(p.title()))
                .toList();
    }

    private static List<String> measureTitles(Report report) {
        return report.structure().problems().stream()
                .flatMap(p -> p.measures().stream())
                .map(m -> normal(m.title()))
                .toList();
    }

    /** The figures stated within the problems (the opening adds the statistics'), as value and unit counts. */
    static Map<String, Integer> quantities(Report report) {
        List<Problem> problems = report.structure().problems();
        int start = problems.get(0).start();
        int end = problems.get(problems.size() - 1).end();
        Map<String, Integer> counts = new HashMap<>();
        for (Quantity q : report.quantities()) {
            if (q.start() >= start && q.end() <= end) {
                counts.merge(plain(q.value()) + " " + q.unit(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String normal(String title) {
        return title.replaceAll("[\\s\\p{P}]", "");
    }
}
