package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The 整改任务 select of 统计总览, 调度周期 and 签收与延期, chosen as a person does (choose, click 查看):
 * each page comes back for the chosen campaign, says so in its select, and links onward to that
 * campaign's ledger and settings; choosing the other campaign moves them all.
 */
class CampaignSelectBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    Actor office;
    Campaign older;
    Campaign newer;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long unit = fixtures.ownUnit("通辽市").user().organisationId();
        older = campaign(unit);
        newer = campaign(unit);
        signIn(office);
    }

    @Test
    void theCyclesPageFollowsTheChosenCampaign() {
        browser.open("/cycles");
        for (Campaign c : new Campaign[] {older, newer}) {
            choose(c);
            assertThat(browser.driver().getCurrentUrl()).contains("/cycles?campaign=" + c.id());
            assertThat(browser.find(By.id("warning-settings-link")).getAttribute("href"))
                    .endsWith("/campaigns/" + c.id() + "/warnings");
        }
    }

    @Test
    void theExtensionsPageFollowsTheChosenCampaign() {
        browser.open("/extensions");
        for (Campaign c : new Campaign[] {older, newer}) {
            choose(c);
            assertThat(browser.driver().getCurrentUrl()).contains("/extensions?campaign=" + c.id());
            assertThat(browser.find(By.id("unsigned-link")).getAttribute("href"))
                    .contains("campaign=" + c.id());
        }
    }

    @Test
    void theDashboardFollowsTheChosenCampaign() {
        browser.open("/dashboard");
        for (Campaign c : new Campaign[] {older, newer}) {
            choose(c);
            assertThat(browser.driver().getCurrentUrl()).contains("/dashboard?campaign=" + c.id());
            assertThat(browser.find(By.cssSelector("a.kpi-alert")).getAttribute("href"))
                    .endsWith("/ledger?campaign=" + c.id() + "&overdue=true");
        }
    }

    @Test
    void theReportsSupervisionAccountabilityAndNoticesPagesFollowTheChosenCampaign() {
        for (String page : new String[] {"/reports", "/supervision", "/supervision/accountability", "/notices"}) {
            browser.open(page);
            for (Campaign c : new Campaign[] {older, newer}) {
                choose(c);
                assertThat(browser.driver().getCurrentUrl()).contains(page + "?campaign=" + c.id());
                assertThat(browser.driver().findElements(By.cssSelector("form input[type=hidden][name=campaign]")))
                        .as("the forms of %s act on the chosen campaign", page)
                        .isNotEmpty()
                        .allSatisfy(
                                input -> assertThat(input.getAttribute("value")).isEqualTo(String.valueOf(c.id())));
            }
        }
    }

    /** Chooses the campaign by its name, clicks 查看, and checks the page came back with it chosen. */
    private void choose(Campaign campaign) {
        WebElement heading = browser.find(By.cssSelector("h1"));
        new Select(browser.find(By.id("campaign"))).selectByVisibleText(campaign.name());
        browser.find(By.cssSelector(".page-head form button[type=submit]")).click();
        browser.waitForStale(heading);
        assertThat(new Select(browser.find(By.id("campaign")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(campaign.name());
    }

    private Campaign campaign(long unit) {
        Campaign campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        ledger.measure(office.user(), problem, unit);
        return campaign;
    }
}
