package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.extension.ExtensionService;
import taizhang.extension.ExtensionStatus;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 签收 and 申请延期 in a real browser: 扎鲁特旗 signs for its new measure in 我的任务 and asks for a
 * later deadline on the measure page; the office approves it on its 签收与延期 page; the measure page
 * then shows the original and the approved deadline.
 */
class SignAndExtensionBrowserIntegrationTest extends InBrowser {

    private static final LocalDate DEADLINE = LocalDate.of(2099, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2099, 10, 31);

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ExtensionService extensions;

    Actor office;
    Actor unit;
    Campaign campaign;
    Measure measure;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("扎鲁特旗", Role.UNIT);
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        measure = ledger.measure(
                office.user(),
                problem.id(),
                "推进草原生态保护修复",
                fixtures.org("扎鲁特旗").id(),
                List.of(),
                DEADLINE,
                MeasureType.DEADLINE);
    }

    @Test
    void theUnitSignsAndAsksTheOfficeApprovesAndTheMeasureShowsBothDeadlines() {
        signIn(unit);
        MyMeasuresScreen my = new MyMeasuresScreen(browser);
        assertThat(my.awaitingSign()).contains(measure.id());
        assertThat(my.sign(measure.id()).awaitingSign()).doesNotContain(measure.id());

        MeasureScreen page = new MeasureScreen(browser, measure.id());
        assertThat(page.signStates()).containsExactly("扎鲁特旗 牵头 已签收");
        assertThat(page.askExtension(LATER, "汛期无法施工").extensionRequests()).containsExactly("待审批");
        LoginPage.signOut(browser);

        signIn(office);
        ExtensionsScreen extensions = new ExtensionsScreen(browser, campaign.id());
        assertThat(extensions.pending()).containsExactly("推进草原生态保护修复 扎鲁特旗");
        assertThat(extensions.approve("推进草原生态保护修复", "同意延期").pending()).isEmpty();

        page = new MeasureScreen(browser, measure.id());
        assertThat(page.deadline()).isEqualTo(LATER.toString());
        assertThat(page.originalDeadline()).isEqualTo(DEADLINE.toString());
        assertThat(page.extensionRequests()).containsExactly("已批准");
    }

    @Test
    void theUnitSignsOnTheMeasurePageAndTheOfficeRefusesTheExtensionThere() {
        signIn(unit);
        MeasureScreen page = new MeasureScreen(browser, measure.id()).sign();
        assertThat(page.signStates()).containsExactly("扎鲁特旗 牵头 已签收");
        assertThat(browser.driver().findElements(By.cssSelector("button.sign-button")))
                .isEmpty();
        page.askExtension(LATER, "资金尚未到位");
        LoginPage.signOut(browser);

        signIn(office);
        page = new MeasureScreen(browser, measure.id()).refuseExtension("请按原时限推进，资金由旗财政先行垫付");
        assertThat(page.extensionRequests()).containsExactly("未批准");
        assertThat(page.extensionOpinions()).anySatisfy(o -> assertThat(o).contains("请按原时限推进"));
        assertThat(page.deadline()).isEqualTo(DEADLINE.toString());
        assertThat(extensions.forMeasure(office.user(), measure.id()))
                .extracting(view -> view.request().status())
                .containsExactly(ExtensionStatus.REFUSED);
    }
}
