package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.assessment.AssessmentPage;
import taizhang.assessment.AssessmentService;
import taizhang.assessment.UnitResult;
import taizhang.cycle.CycleService;
import taizhang.ledger.Campaign;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The 整改任务 and 年度 selects of 我的考核 and 年度考核, chosen as a person does rather than typed
 * into the URL: a unit opens 我的考核 from the menu, chooses a campaign and a year and clicks 查看,
 * and sees its own score and rating as the server computed them; the office does the same on 年度考核.
 */
class AssessmentChoiceBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    AssessmentService assessments;

    Actor office;
    Actor unit;
    Campaign reported;
    YearMonth last = YearMonth.now().minusMonths(1);

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.ownUnit("乌兰察布市");
        // A campaign whose last month's cycle closed with nothing reported, and one newer beside it,
        // which the selects offer first.
        reported = campaign();
        cycles.open(office.user(), reported.id(), last.toString(), last.atEndOfMonth(), Set.of(), Set.of());
        cycles.close(office.user(), reported.id(), last.toString());
        campaign();
    }

    @Test
    void aUnitChoosesACampaignAndYearOnItsOwnAssessment() throws Exception {
        signIn(unit);
        browser.click(browser.find(By.cssSelector("nav[aria-label='主导航']")).findElement(By.linkText("我的考核")));
        assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("我的考核");

        choose(reported);
        assertThat(browser.driver().getCurrentUrl())
                .contains("/assessment/mine")
                .contains("campaign=" + reported.id())
                .contains("year=" + last.getYear());
        assertThat(new Select(browser.find(By.id("campaign")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(reported.name());
        UnitResult mine = assessments.read(unit.user(), reported.id(), last.getYear()).units().stream()
                .filter(u -> u.orgId() == unit.user().organisationId())
                .findFirst()
                .orElseThrow();
        assertThat(browser.find(By.id("h-mine")).getText())
                .isEqualTo(last.getYear() + " 年度：" + AssessmentPage.plain(mine.score()) + " 分，等次“"
                        + mine.rating().label() + "”");
    }

    @Test
    void theOfficeChoosesACampaignAndYearOnTheAssessmentPage() throws Exception {
        signIn(office);
        browser.open("/assessment");
        choose(reported);
        assertThat(browser.driver().getCurrentUrl()).contains("campaign=" + reported.id());
        UnitResult result = assessments.read(office.user(), reported.id(), last.getYear()).units().stream()
                .filter(u -> u.orgId() == unit.user().organisationId())
                .findFirst()
                .orElseThrow();
        assertThat(AssessmentScreen.onCurrentPage(browser).rows())
                .containsExactly(result.name() + " " + AssessmentPage.plain(result.score()) + " "
                        + result.rating().label() + " " + AssessmentPage.plain(result.computedScore()));
    }

    /**
     * Chooses the campaign and clicks 查看, then last month's year (the year select offers the
     * shown campaign's years) and clicks 查看 again.
     */
    private void choose(Campaign campaign) {
        pick("campaign", String.valueOf(campaign.id()));
        pick("year", String.valueOf(last.getYear()));
    }

    private void pick(String select, String value) {
        WebElement heading = browser.find(By.cssSelector("h1"));
        new Select(browser.find(By.id(select))).selectByValue(value);
        browser.find(By.cssSelector(".page-head form button[type=submit]")).click();
        browser.waitForStale(heading);
    }

    private Campaign campaign() {
        Campaign campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        ledger.measure(office.user(), problem, unit.user().organisationId());
        return campaign;
    }
}
