package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.assessment.AssessmentService;
import taizhang.cycle.CycleService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 年度考核 in a real browser: 乌兰察布市 reported nothing in last month's closed cycle and is rated
 * 一般 (70 of 100, every point lost on reporting); the office opens its breakdown, adjusts the score
 * with a reason and then sees the computed and the adjusted score side by side.
 */
class AssessmentBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    AssessmentService assessments;

    Actor office;
    Campaign campaign;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        ledger.measure(office.user(), problem.id(), fixtures.org("乌兰察布市").id());
        YearMonth last = YearMonth.now().minusMonths(1);
        cycles.open(office.user(), campaign.id(), last.toString(), last.atEndOfMonth(), Set.of(), Set.of());
        cycles.close(office.user(), campaign.id(), last.toString());
    }

    @Test
    void theOfficeAdjustsAScoreWithAReasonAndSeesBothScores() {
        signIn(office);

        AssessmentScreen page = new AssessmentScreen(browser, campaign.id());
        assertThat(page.rows()).containsExactly("乌兰察布市 70 一般 70");
        page.breakdownOf("乌兰察布市");
        assertThat(page.breakdown()).contains("按时报送率 0", "按期完成率 30", "报告退回 10");
        assertThat(page.total()).isEqualTo("70");

        assertThat(page.adjustRefused("七十八", "该市上月报送系统故障")).isEqualTo("“七十八”不是有效的分数");
        assertThat(browser.messages()).containsExactly("“七十八”不是有效的分数");
        assertThat(page.rows()).as("nothing adjusted").containsExactly("乌兰察布市 70 一般 70");

        page.adjust("78.5", "该市上月报送系统故障，已线下报送，经核实予以调整");

        assertThat(page.message("breakdown")).isEqualTo("乌兰察布市的得分已由 70 分调整为 78.5 分");
        assertThat(browser.messages())
                .as("the adjustment's message replaced the refusal")
                .containsExactly("乌兰察布市的得分已由 70 分调整为 78.5 分");
        assertThat(page.computedScore()).isEqualTo("70");
        assertThat(page.adjustedScore()).isEqualTo("78.5");
        assertThat(page.adjustReason()).isEqualTo("该市上月报送系统故障，已线下报送，经核实予以调整");
        assertThat(page.rows()).containsExactly("乌兰察布市 78.5 一般 70");
        assertThat(page.breakdown()).last().isEqualTo("人工调整 8.5");
        assertThat(page.total()).isEqualTo("78.5");
    }

    @Test
    void withoutJavaScriptTheFormsPostThemselvesAndTheirMessagesStandBesideThePartActedOn() throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            plain.find(By.cssSelector("nav[aria-label='主导航']"));
            AssessmentScreen page = new AssessmentScreen(plain, campaign.id());
            assertThat(page.recompute()).isEqualTo("已重新计算 1 个单位的考核得分");
            assertThat(plain.messages()).hasSize(1);
            assertThat(page.fairFrom("75")).startsWith("考核设置已保存");
            assertThat(plain.messages()).hasSize(1);
            page.breakdownOf("乌兰察布市").adjust("78.5", "经核实予以调整");
            assertThat(page.message("breakdown")).isEqualTo("乌兰察布市的得分已由 70 分调整为 78.5 分");
            assertThat(plain.messages()).hasSize(1);
        }
    }

    @Test
    void theOfficeRaisesTheThresholdRecomputesAndTellsTheWeakUnit() {
        Actor unit = fixtures.actor("乌兰察布市", Role.UNIT);
        signIn(office);
        AssessmentScreen page = new AssessmentScreen(browser, campaign.id());
        assertThat(page.rows()).containsExactly("乌兰察布市 70 一般 70");

        assertThat(page.fairFromRefused("95")).isEqualTo("等次分数线应依次升高：一般 < 较好 < 好");
        assertThat(browser.messages()).containsExactly("等次分数线应依次升高：一般 < 较好 < 好");
        assertThat(page.fairFrom("75")).isEqualTo("考核设置已保存；权重的改动在重新计算后生效，等次分数线立即生效");
        assertThat(browser.messages())
                .as("the save's message replaced the refusal")
                .containsExactly("考核设置已保存；权重的改动在重新计算后生效，等次分数线立即生效");
        assertThat(page.rows()).containsExactly("乌兰察布市 70 差 70");
        assertThat(assessments
                        .settings(office.user(), campaign.id())
                        .thresholds()
                        .fair())
                .isEqualByComparingTo("75");

        assertThat(page.recompute()).isEqualTo("已重新计算 1 个单位的考核得分");
        assertThat(browser.messages()).containsExactly("已重新计算 1 个单位的考核得分");
        assertThat(page.rows()).containsExactly("乌兰察布市 70 差 70");
        assertThat(page.sendFeedback()).isEqualTo("已向 1 个评定为“一般”“差”的单位发送一对一反馈");
        LoginPage.signOut(browser);

        signIn(unit);
        assertThat(InboxScreen.openFromHeader(browser).texts())
                .anySatisfy(text -> assertThat(text).contains(campaign.name(), "等次为“差”"));
    }
}
