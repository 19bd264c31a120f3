package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * The region's official paragraph for a measure stays in the notice when a city reports on it: the
 * city's one line follows it, marked with its month, and its figure is read against the target.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class NoticeOfficialTextIntegrationTest {

    private static final String OFFICIAL = "一是扎实做好六稳工作。全面落实就业优先政策，实施援企稳岗、以工代训，" + "统筹做好高校毕业生、农民工等重点群体就业，确保全区就业形势总体稳定。";

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService progress;

    @Autowired
    ProgressNotices notices;

    @Test
    void aUnitsReportFollowsTheOfficialTextAndNeverReplacesIt() {
        clock.set(LocalDate.of(2021, 9, 1));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser city = fixtures.actor("鄂尔多斯市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure measure = measures.create(
                office,
                problem,
                "扎实做好六稳工作",
                OFFICIAL,
                new MeasureService.Assignment(
                        city.organisationId(), List.of(), "负责人", LocalDate.of(2021, 12, 31), MeasureType.DEADLINE));
        Indicator jobs = indicators.create(office, measure.id(), "城镇新增就业", "万人", new BigDecimal("20"), BigDecimal.ZERO);

        NoticeMeasure before = only(notices.notice(office, campaign, null, false));
        assertThat(before.body()).isEqualTo(OFFICIAL.substring("一是扎实做好六稳工作。".length()));
        assertThat(before.progress()).isEmpty();

        clock.set(LocalDate.of(2021, 9, 20));
        ProgressReport sent = progress.create(
                city,
                measure.id(),
                "2021-09",
                "鄂尔多斯市已落实。",
                MeasureStatus.IN_PROGRESS,
                List.of(new ProgressReport.Figure(jobs.id(), new BigDecimal("17.6"))),
                true);
        progress.accept(office, sent.id(), sent.version());

        NoticeMeasure after = only(notices.notice(office, campaign, null, false));
        assertThat(after.lead()).isEqualTo("一是扎实做好六稳工作。");
        assertThat(after.body())
                .startsWith(before.body())
                .contains("2021年9月进展：鄂尔多斯市已落实。")
                .endsWith("（数据：城镇新增就业17.6万人（目标20万人，完成88%））");
        assertThat(only(notices.notice(office, campaign, LocalDate.of(2021, 9, 19), false))
                        .body())
                .as("the notice as of the day before the report")
                .isEqualTo(before.body());
    }

    private static NoticeMeasure only(ProgressNotice notice) {
        return notice.sections().get(0).problems().get(0).measures().get(0);
    }
}
