package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import taizhang.cycle.CycleService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * 通报与台账's choices in a real browser, on a campaign of two measures set in September 2025:
 * September's and October's cycles are closed, and the second measure was finished on 20 October
 * in between. The office reads the figures as of a day before that and as of each closed cycle,
 * opens September's notice, and compares the cycles and two spans of days; each choice changes
 * what the page shows.
 */
@Import(StoryClock.Config.class)
class ReportFiguresBrowserIntegrationTest extends InBrowser {

    private static final String NONE_DONE = "制定的2项整改措施，完成整改0项";
    private static final String ONE_DONE = "制定的2项整改措施，完成整改1项";

    @Autowired
    StoryClock clock;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    ProgressService progress;

    Actor office;
    Campaign campaign;
    Measure finished;

    @BeforeEach
    void anAutumnOfTwoCycles() throws Exception {
        clock.set(LocalDate.of(2025, 9, 1));
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor ordos = fixtures.ownUnit("鄂尔多斯市");
        Actor bayannur = fixtures.ownUnit("巴彦淖尔市");
        campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        Measure going = ledger.measure(office.user(), problem, ordos.user().organisationId());
        finished = ledger.measure(office.user(), problem, bayannur.user().organisationId());

        clock.set(LocalDate.of(2025, 10, 1));
        cycles.open(office.user(), campaign.id(), "2025-09", LocalDate.of(2025, 10, 5), Set.of(), Set.of());
        clock.set(LocalDate.of(2025, 10, 3));
        accept(ordos.user(), going, "2025-09", MeasureStatus.IN_PROGRESS);
        clock.set(LocalDate.of(2025, 10, 7));
        cycles.close(office.user(), campaign.id(), "2025-09");

        clock.set(LocalDate.of(2025, 10, 20));
        accept(bayannur.user(), finished, "2025-10", MeasureStatus.DONE);

        clock.set(LocalDate.of(2025, 11, 1));
        cycles.open(office.user(), campaign.id(), "2025-10", LocalDate.of(2025, 11, 5), Set.of(), Set.of());
        clock.set(LocalDate.of(2025, 11, 3));
        accept(ordos.user(), going, "2025-10", MeasureStatus.IN_PROGRESS);
        clock.set(LocalDate.of(2025, 11, 7));
        cycles.close(office.user(), campaign.id(), "2025-10");

        clock.set(LocalDate.of(2025, 11, 20));
        signIn(office);
    }

    @Test
    void theOfficeReadsTheFiguresAsOfADayAndEachClosedCycleAndComparesCyclesAndDays() {
        ReportsScreen page = new ReportsScreen(browser, campaign.id());
        assertThat(page.measureSentence()).startsWith(ONE_DONE);
        assertThat(page.statisticsBasis()).isNull();

        page.statisticsOn(LocalDate.of(2025, 10, 10));
        assertThat(page.measureSentence())
                .as("on 10 October the second measure was not finished yet")
                .startsWith(NONE_DONE);
        assertThat(page.statisticsBasis()).contains("2025");

        page.statisticsOfCycle("2025年9月");
        assertThat(page.statisticsHeading()).contains("2025年9月");
        assertThat(page.measureSentence()).startsWith(NONE_DONE);
        page.statisticsOfCycle("2025年10月");
        assertThat(page.statisticsHeading()).contains("2025年10月");
        assertThat(page.measureSentence()).startsWith(ONE_DONE);
        page.statisticsOfCycle("当前台账");
        assertThat(page.statisticsHeading()).isEqualTo("完成情况");
        assertThat(page.measureSentence()).startsWith(ONE_DONE);

        assertThat(page.cycleNotice("2025年9月")).contains("2025年9月");
        assertThat(browser.find(By.tagName("article")).getText()).contains(NONE_DONE);
        browser.driver().navigate().back();
        browser.waitForIdle();

        page.changesBetweenCycles("2025年9月", "2025年10月");
        assertThat(page.changesSummary()).contains("新完成1项");
        assertThat(page.statusChanges())
                .anySatisfy(row -> assertThat(row).contains(finished.title(), MeasureStatus.DONE.label()));

        page.changesBetweenDays(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 25));
        assertThat(page.changesSummary()).contains("1项整改措施完成情况发生变化", "新完成1项");
        assertThat(page.statusChanges())
                .singleElement()
                .satisfies(row -> assertThat(row).contains(finished.title(), MeasureStatus.DONE.label()));
        page.changesBetweenDays(LocalDate.of(2025, 10, 21), LocalDate.of(2025, 10, 31));
        assertThat(page.changesSummary()).contains("0项整改措施完成情况发生变化");
        assertThat(page.statusChanges()).containsExactly("无。");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private void accept(CurrentUser unit, Measure measure, String period, MeasureStatus claimed) {
        ProgressReport sent = progress.create(unit, measure.id(), period, period + "整改进展", claimed, List.of(), true);
        progress.accept(office.user(), sent.id(), sent.version());
    }
}
