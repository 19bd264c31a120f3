package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Role;
import taizhang.supervision.AccountabilityService;
import taizhang.supervision.CounterpartService;
import taizhang.supervision.ItemLink;
import taizhang.supervision.ItemView;
import taizhang.supervision.NewItem;
import taizhang.supervision.SupervisionMethod;
import taizhang.supervision.SupervisionService;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 一对一反馈整改 in a real browser: the supervisor assigned to 兴安盟 records a field check of 扎赉特旗
 * whose finding goes back as a new measure; 扎赉特旗 then finds that measure in 我的任务, to sign,
 * and reads the finding on its page. (我的任务 lists the oldest 50 parts to sign: a unit no other
 * test uses keeps the shared PostgreSQL from filling the list.)
 */
class SupervisionBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    SupervisionService items;

    @Autowired
    MeasureService measures;

    @Autowired
    AccountabilityService accountability;

    @Autowired
    LedgerQueries ledgerQueries;

    Actor supervisor;
    Actor unit;
    Campaign campaign;

    @BeforeEach
    void setUp() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        unit = fixtures.actor("扎赉特旗", Role.UNIT);
        campaign = ledger.campaign(office.user());
        counterparts.assign(
                office.user(), fixtures.org("兴安盟").id(), supervisor.user().id(), null);
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
        assertThat(message).endsWith("已反馈为新措施 " + measure.code());
        assertThat(measure.code())
                .isEqualTo(ledgerQueries
                        .labels(List.of(measure.id()))
                        .get(measure.id())
                        .code());
        LoginPage.signOut(browser);

        signIn(unit);
        MyMeasuresScreen my = new MyMeasuresScreen(browser);
        assertThat(my.awaitingSign()).contains(measure.id());
        new MeasureScreen(browser, measure.id());
        assertThat(browser.find(By.id("supervision-items")).getText()).contains("实地督导", "黑土地保护项目验收资料缺失。需补齐");
    }

    @Test
    void theOfficeRecordsAnItemRevisesItFeedsItBackAndRegistersAnAccountabilityAction() {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        signIn(office);
        SupervisionScreen supervision = new SupervisionScreen(browser, campaign.id());
        String recorded = supervision.record("扎赉特旗", "查阅资料", LocalDate.of(2021, 6, 10), "档案缺页");
        long item = supervision.itemId();
        assertThat(recorded).isEqualTo("已记录督导事项 " + item);

        assertThat(supervision.revise("暗访", "整改档案缺页，销号依据不足")).isEqualTo("已保存修改");
        assertThat(supervision.itemDetail()).contains("暗访", "整改档案缺页，销号依据不足");
        assertThat(items.get(office.user(), item))
                .extracting(ItemView::methodCode, ItemView::findings)
                .containsExactly(SupervisionMethod.UNANNOUNCED_VISIT, "整改档案缺页，销号依据不足");

        String fedBack = supervision.feedBack(LocalDate.of(2099, 6, 30));
        long measure = items.get(office.user(), item).measureId();
        String code = ledgerQueries.labels(List.of(measure)).get(measure).code();
        assertThat(fedBack).isEqualTo("督导发现已反馈为新措施 " + code);
        assertThat(browser.driver().findElements(By.id("feedback-form")))
                .as("a finding goes back once")
                .isEmpty();

        browser.click(browser.find(By.linkText("返回对口督导")));
        assertThat(browser.find(By.cssSelector("#item-list tr[data-item='" + item + "']"))
                        .getText())
                .contains("反馈为新措施 " + code);
        AccountabilityScreen register = new AccountabilityScreen(browser);
        assertThat(register.record("扎赉特旗", "李某", "约谈", LocalDate.of(2021, 7, 1), "兴安盟纪委", "兴纪〔2021〕8号", code, item))
                .startsWith("已登记：")
                .contains("李某", "约谈");
        assertThat(register.rows())
                .anySatisfy(row -> assertThat(row).contains("李某", "兴纪〔2021〕8号", "措施 " + code, "督导事项 " + item));
        assertThat(accountability.inCampaign(office.user(), campaign.id())).anySatisfy(view -> {
            assertThat(view.action().itemIds()).containsExactly(item);
            assertThat(view.action().measureIds()).containsExactly(measure);
        });
    }

    @Test
    void theOfficeReturnsAMeasureTheItemConcernsWithTheFindingAsReason() {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Measure done = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign.id()).id(),
                fixtures.org("扎赉特旗").id());
        done = measures.start(office.user(), done.id(), done.version());
        done = measures.reportDone(office.user(), done.id(), done.version(), MeasureStatus.DONE);
        long item = items.record(
                        office.user(),
                        new NewItem(
                                campaign.id(),
                                fixtures.org("扎赉特旗").id(),
                                SupervisionMethod.FIELD_VISIT,
                                LocalDate.of(2021, 6, 20),
                                "现场核查发现整改未到位",
                                List.of(done.id()),
                                false,
                                null,
                                null,
                                null))
                .id();
        signIn(office);
        SupervisionScreen supervision = new SupervisionScreen(browser, campaign.id()).openItem(item);

        String code = ledgerQueries.labels(List.of(done.id())).get(done.id()).code();
        assertThat(supervision.sendBack(code, done.title())).isEqualTo("已将措施 " + code + " 退回整改");
        assertThat(browser.find(By.cssSelector("#item-measures li[data-link=RETURNED]"))
                        .getText())
                .contains(done.title());
        assertThat(measures.get(office.user(), done.id()).status()).isNotEqualTo(MeasureStatus.DONE);
        assertThat(items.get(office.user(), item).measures())
                .anySatisfy(link -> assertThat(link.link()).isEqualTo(ItemLink.RETURNED));
    }

    @Test
    void refusalsStandBesideTheFormSentAndKeepWhatWasTyped() {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        signIn(office);
        SupervisionScreen supervision = new SupervisionScreen(browser, campaign.id());
        assertThat(supervision.recordWithoutFinding("扎赉特旗", LocalDate.of(2099, 6, 30)))
                .isEqualTo("这项督导事项没有督导发现，无法反馈整改");
        assertThat(supervision.chosen("item-unit")).isEqualTo("扎赉特旗");
        assertThat(supervision.field("item-deadline")).isEqualTo("2099-06-30");
        assertThat(items.inCampaign(office.user(), campaign.id(), null)).isEmpty();

        supervision.record("扎赉特旗", "查阅资料", LocalDate.of(2021, 6, 10), "档案缺页");
        long item = supervision.itemId();
        // Someone else corrects the item meanwhile: this page's version is stale.
        ItemView stored = items.get(office.user(), item);
        items.revise(office.user(), item, stored.version(), stored.methodCode(), stored.checkedOn(), "另一位同事的修改");
        assertThat(supervision.reviseRefused("本页输入的修改")).contains("已被他人修改");
        assertThat(browser.messages())
                .as("the refusal replaced the item's message")
                .containsExactly("督导事项已被他人修改，请刷新后重试");
        assertThat(supervision.field("revise-findings")).isEqualTo("本页输入的修改");
        assertThat(items.get(office.user(), item).findings()).isEqualTo("另一位同事的修改");

        browser.click(browser.find(By.linkText("返回对口督导")));
        AccountabilityScreen register = new AccountabilityScreen(browser);
        assertThat(register.recordRefused("扎赉特旗", "王某", LocalDate.of(2021, 7, 1), "兴安盟纪委", 999_999_999L))
                .isEqualTo("督导事项 999999999 不属于这项整改任务");
        assertThat(register.field("action-person")).isEqualTo("王某");
        assertThat(register.field("action-by")).isEqualTo("兴安盟纪委");
        assertThat(accountability.inCampaign(office.user(), campaign.id())).isEmpty();
        assertThat(browser.cspViolations()).isEmpty();
    }
}
