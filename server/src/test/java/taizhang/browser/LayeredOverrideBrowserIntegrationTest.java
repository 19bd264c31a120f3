package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.SubMeasureService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 分层建账's 强制完成 in a real browser: a parent split into two open sub-measures; the office opens
 * 子任务未完成时强制记为已完成, types its reason, clicks and confirms; the parent is done over its open
 * parts, the form is gone, and the override stands in the measure's audit record.
 */
class LayeredOverrideBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    SubMeasureService subMeasures;

    Actor office;
    Measure parent;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor leagueUnit = fixtures.actor("呼和浩特市", Role.UNIT);
        long campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        parent = ledger.measure(
                office.user(),
                problem,
                "推进草原生态保护修复",
                fixtures.org("呼和浩特市").id(),
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
        subMeasures.split(leagueUnit.user(), parent.id(), List.of(part("新城区草原修复", "新城区"), part("赛罕区草原修复", "赛罕区")));
    }

    @Test
    void theOfficeRecordsTheParentDoneOverOpenSubMeasuresWithAReason() throws Exception {
        signIn(office);

        LayersScreen layers = new LayersScreen(browser, parent.id());
        assertThat(layers.rollUp()).contains("已完成 0 项", "未完成 2 项");
        browser.find(By.xpath("//summary[normalize-space(.)='子任务未完成时强制记为已完成']")).click();
        browser.find(By.id("override-reason")).sendKeys("子任务已由盟市验收，系统补录");
        WebElement panel = browser.find(By.id("sub-measures"));
        browser.find(By.id("override-submit")).click();
        browser.confirm();
        browser.waitForStale(panel);

        assertThat(browser.find(By.id("moves-message")).getText()).isEqualTo("已报告完成");
        assertThat(browser.driver().findElements(By.id("override-form")))
                .as("done: nothing left to override")
                .isEmpty();
        assertThat(new LayersScreen(browser, parent.id()).rollUp()).contains("未完成 2 项");
        assertThat(measures.get(office.user(), parent.id()).status()).isEqualTo(MeasureStatus.DONE);
        browser.find(By.id("h-audit")).click();
        assertThat(browser.find(By.xpath("//details[summary/h2[@id='h-audit']]"))
                        .getText())
                .contains("子任务未完成，整改办写明理由强制完成");
    }

    private SubMeasureService.Part part(String title, String lead) {
        return new SubMeasureService.Part(
                title, null, fixtures.org(lead).id(), List.of(), null, LocalDate.of(2099, 6, 30), MeasureType.DEADLINE);
    }
}
