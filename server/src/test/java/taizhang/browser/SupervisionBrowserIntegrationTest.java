package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import taizhang.ledger.Campaign;
import taizhang.shared.Role;
import taizhang.supervision.CounterpartService;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 一对一反馈整改 in a real browser: the supervisor assigned to 兴安盟 records a field check of 扎赉特旗
 * whose finding goes back as a new measure; 扎赉特旗 then finds that measure in 我的任务, to sign,
 * and reads the finding on its page. (我的任务 lists the oldest 50 parts to sign: a unit no other
 * test uses keeps the shared PostgreSQL from filling the list.)
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionBrowserIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CounterpartService counterparts;

    Browser browser;
    Actor supervisor;
    Actor unit;
    Campaign campaign;

    @BeforeEach
    void setUp() throws Exception {
        browser = new Browser("http://localhost:" + port);
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        unit = fixtures.actor("扎赉特旗", Role.UNIT);
        campaign = ledger.campaign(office.user());
        counterparts.assign(
                office.user(), fixtures.org("兴安盟").id(), supervisor.user().id(), null);
    }

    @AfterEach
    void tearDown() throws Exception {
        browser.close();
    }

    @Test
    void theSupervisorSendsAFindingBackAsAMeasureAndTheUnitSeesItInItsTasks() {
        signIn(supervisor);
        SupervisionScreen supervision = new SupervisionScreen(browser, campaign.id());
        assertThat(supervision.recordableUnits()).contains("兴安盟", "扎赉特旗").doesNotContain("赤峰市");

        String message = supervision.recordFeedback("扎赉特旗", "实地督导", LocalDate.of(2021, 6, 15), "黑土地保护项目验收资料缺失。需补齐");

        assertThat(message).contains("已反馈为新措施");
        SupervisionScreen.MeasureLink measure = supervision.fedBackMeasure();
        assertThat(measure.title()).isEqualTo("督导反馈：黑土地保护项目验收资料缺失");
        LoginPage.signOut(browser);

        signIn(unit);
        MyMeasuresScreen my = new MyMeasuresScreen(browser);
        assertThat(my.awaitingSign()).contains(measure.id());
        new MeasureScreen(browser, measure.id());
        assertThat(browser.find(By.id("supervision-items")).getText()).contains("实地督导", "黑土地保护项目验收资料缺失。需补齐");
    }

    private void signIn(Actor actor) {
        new LoginPage(browser)
                .signIn(actor.user().username(), "password-" + actor.user().username());
        browser.find(By.cssSelector("nav[aria-label='主导航']"));
    }
}
