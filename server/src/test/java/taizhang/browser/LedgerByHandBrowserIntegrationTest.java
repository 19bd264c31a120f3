package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.ledger.Section;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The office keeps its ledger by hand in a real browser, clicking, typing, choosing and
 * confirming as a person does: 批量分派 with and without JavaScript, the ledger's filter after a
 * campaign is chosen, every field of a measure edited on its page (and a stale edit refused
 * beside the form), a measure removed and restored, a campaign started empty, filled, renamed and
 * archived; and messages appear beside the card acted on, replacing the one before.
 */
class LedgerByHandBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeasureService measures;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService reports;

    Actor office;
    Actor unit;
    Campaign campaign;
    Section section;
    Problem problem;
    Measure first;
    Measure second;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("通辽市", Role.UNIT);
        campaign = ledger.campaign(office.user());
        section = campaigns.addSection(office.user(), campaign.id(), "（一）", "生态环境方面");
        problem = campaigns.addProblem(office.user(), campaign.id(), section.id(), 1, "河湖治理不到位", null, null);
        first = measure("整治西辽河干流河道");
        second = measure("开展草原生态修复");
    }

    @Test
    void bulkAssignmentTicksChoosesAppliesAndConfirms() throws Exception {
        signIn(office, true);
        LedgerScreen page = new LedgerScreen(browser, "/ledger?campaign=" + campaign.id());

        assertThat(page.applyBulkRefused()).isEqualTo("请先勾选要修改的措施");
        assertThat(browser.driver().findElement(By.id("flash")).getText()).isEmpty();

        page.tick(first.id()).choose("b-lead", String.valueOf(org("赤峰市"))).choose("b-type", "IMMEDIATE");
        assertThat(page.ticked(first.id()))
                .as("choosing in the panel leaves the ledger and its ticks alone")
                .isTrue();
        assertThat(page.applyBulk()).isEqualTo("已修改 1 项措施");
        assertThat(page.lead(first.id())).isEqualTo("赤峰市");
        assertThat(page.type(first.id())).isEqualTo("立行立改");
        assertThat(page.lead(second.id())).isEqualTo("通辽市");
        assertThat(browser.driver().findElements(By.cssSelector("#bulk-feedback .alert")))
                .as("the earlier refusal is gone")
                .isEmpty();
    }

    @Test
    void bulkAssignmentWorksWithoutJavaScript() throws Exception {
        signIn(office, false);
        LedgerScreen page = new LedgerScreen(browser, "/ledger?campaign=" + campaign.id());
        page.tick(second.id()).choose("b-lead", String.valueOf(org("赤峰市")));

        assertThat(page.applyBulkWithoutScript()).containsExactly("确定要修改所勾选的措施吗？此操作会记入审计日志。", "已修改 1 项措施");
        assertThat(page.url()).endsWith("/ledger?campaign=" + campaign.id());
        assertThat(page.lead(second.id())).isEqualTo("赤峰市");
        assertThat(page.lead(first.id())).isEqualTo("通辽市");
    }

    @Test
    void choosingACampaignOffersItsSectionsAndProblemsAtOnce() throws Exception {
        signIn(office, true);
        LedgerScreen page = new LedgerScreen(browser);
        assertThat(page.filterField("f-section").isEnabled()).isFalse();

        page.chooseCampaign(campaign.name());
        assertThat(page.filterField("f-section").isEnabled()).isTrue();
        assertThat(page.options("f-section")).contains("（一）生态环境方面");
        assertThat(page.filterField("f-problem").isEnabled()).isTrue();
        assertThat(page.options("f-problem")).contains("1. 河湖治理不到位");

        // The refreshed selects still filter when chosen.
        var table = browser.find(By.id("ledger-table"));
        new org.openqa.selenium.support.ui.Select(page.filterField("f-problem"))
                .selectByValue(String.valueOf(problem.id()));
        browser.waitForStale(table);
        assertThat(page.url()).contains("problem=" + problem.id());
        assertThat(page.titles()).hasSize(2);
    }

    @Test
    void theOfficeEditsEveryFieldOfAMeasureOnItsPage() throws Exception {
        signIn(office, true);
        MeasureScreen page = new MeasureScreen(browser, first.id());
        page.edit("整治西辽河干流及支流河道", org("赤峰市"), List.of(org("通辽市")), "王副主席", LocalDate.of(2099, 3, 31), "IMMEDIATE")
                .text("一是整治西辽河干流及支流河道。清理河道垃圾，恢复河岸植被。");
        assertThat(page.save()).isEqualTo("已保存修改");
        assertThat(page.title()).endsWith("整治西辽河干流及支流河道");
        assertThat(page.body()).isEqualTo("一是整治西辽河干流及支流河道。清理河道垃圾，恢复河岸植被。");
        assertThat(page.fact("牵头单位")).isEqualTo("赤峰市");
        assertThat(page.fact("配合单位")).isEqualTo("通辽市");
        assertThat(page.fact("责任领导")).isEqualTo("王副主席");
        assertThat(page.deadline()).isEqualTo("2099-03-31");
        assertThat(page.fact("类型")).isEqualTo("立行立改");
        assertThat(browser.find(By.cssSelector("#h-audit")).getText()).contains("审计记录");

        // Someone else saves meanwhile: this page's version is stale, and says so beside the form.
        Measure now = measures.get(office.user(), first.id());
        measures.edit(
                office.user(),
                now.id(),
                now.version(),
                now.title(),
                new MeasureService.Assignment(now.leadOrgId(), now.coUnitIds(), "李主任", now.deadline(), now.type()));
        page.edit(null, null, null, "张处长", null, null);
        assertThat(page.saveRefused()).isEqualTo("整改措施已被他人修改，请刷新后重试");
        assertThat(page.flash()).isEmpty();

        MeasureScreen fresh = new MeasureScreen(browser, first.id());
        assertThat(fresh.fact("责任领导")).isEqualTo("李主任");
        assertThat(fresh.start()).isEqualTo("已开始整改");
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error")))
                .isEmpty();
    }

    @Test
    void aMeasureIsRemovedWithAReasonAndRestored() throws Exception {
        signIn(office, true);
        MeasureScreen page = new MeasureScreen(browser, second.id());
        assertThat(page.remove("与第1项重复")).startsWith("已移除");
        assertThat(page.removedNotice()).contains("理由：与第1项重复");
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaign.id()).titles())
                .containsExactly("整治西辽河干流河道");
        browser.open("/campaigns/" + campaign.id());
        assertThat(browser.find(By.cssSelector("tr.removed-measure[data-measure='" + second.id() + "']"))
                        .getText())
                .contains("与第1项重复");

        assertThat(new MeasureScreen(browser, second.id()).restore()).isEqualTo("已恢复到台账");
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaign.id()).titles())
                .containsExactlyInAnyOrder("整治西辽河干流河道", "开展草原生态修复");
    }

    @Test
    void anEmptyCampaignIsFilledByHandRenamedAndArchived() throws Exception {
        signIn(office, true);
        String name = "手工整改任务-" + UUID.randomUUID().toString().substring(0, 8);
        CampaignsScreen page = new CampaignsScreen(browser).create(name);
        assertThat(page.heading()).isEqualTo(name);
        assertThat(page.message("campaign-message")).isEqualTo("已创建整改任务，请添加问题和措施");

        page.addProblem("基层减负不到位");
        assertThat(page.message("problems-message")).isEqualTo("已添加问题 1");
        page.addMeasure("1. 基层减负不到位", "清理规范督查检查事项", org("通辽市"), "IMMEDIATE");
        assertThat(page.message("measures-message")).isEqualTo("已添加措施 1-1");
        assertThat(new LedgerScreen(browser, "/ledger").chooseCampaign(name).titles())
                .containsExactly("清理规范督查检查事项");

        browser.open(campaignPath(name));
        page.rename(name + "（修订）");
        assertThat(page.heading()).isEqualTo(name + "（修订）");
        page.toggleArchive();
        assertThat(page.message("campaign-message")).startsWith("已归档");
        assertThat(page.has("rename-form")).as("archived: read-only").isFalse();
        assertThat(page.has("new-problem")).isFalse();

        CampaignsScreen list = new CampaignsScreen(browser);
        assertThat(list.names()).doesNotContain(name + "（修订）");
        assertThat(list.showArchived(true).names()).contains(name + "（修订）");
    }

    @Test
    void aProblemIsRemovedWithItsMeasuresAndRestored() throws Exception {
        signIn(office, true);
        browser.open("/campaigns/" + campaign.id());
        CampaignsScreen page = CampaignsScreen.onCurrentPage(browser);
        page.removeProblem(problem.id(), "反馈意见已撤回");
        assertThat(page.message("problems-message")).isEqualTo("已移除问题 1 及其措施");
        assertThat(page.problems()).isEmpty();
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaign.id()).titles())
                .isEmpty();

        browser.open("/campaigns/" + campaign.id());
        page.restoreProblem(problem.id());
        assertThat(page.problems()).containsExactly("河湖治理不到位");
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaign.id()).titles())
                .hasSize(2);
    }

    @Test
    void aProblemIsRewordedWithItsText() throws Exception {
        signIn(office, true);
        browser.open("/campaigns/" + campaign.id());
        CampaignsScreen page = CampaignsScreen.onCurrentPage(browser);
        page.editProblem(problem.id(), "西辽河河湖治理不到位", "部分河段垃圾堆放，河岸植被破坏。");
        assertThat(page.message("problems-message")).isEqualTo("已修改问题 1");
        assertThat(page.problems()).containsExactly("西辽河河湖治理不到位");
        assertThat(campaigns.problem(office.user(), problem.id()).description()).isEqualTo("部分河段垃圾堆放，河岸植被破坏。");
    }

    @Test
    void messagesAppearBesideTheCardActedOnAndReplaceTheOneBefore() throws Exception {
        long indicator = indicators
                .create(office.user(), first.id(), "整治河道长度", "公里", new BigDecimal("100"), null)
                .id();
        signIn(unit, true);
        MyMeasuresScreen my = new MyMeasuresScreen(browser);
        assertThat(my.submitRefused(first.id(), "已整治40公里", indicator, "四十")).contains("四十");
        assertThat(browser.driver().findElement(By.id("flash")).getText()).isEmpty();

        assertThat(my.submit(first.id(), "已整治40公里", indicator, "40", null)).isEqualTo("已提交，等待整改办审核");
        assertThat(my.messages())
                .as("the refusal is gone once the report went through")
                .containsExactly("已提交，等待整改办审核");
        LoginPage.signOut(browser);

        long reportId = reports.forMeasure(office.user(), first.id()).get(0).id();
        signIn(office, true);
        ReviewScreen review = new ReviewScreen(browser);
        assertThat(review.accept(reportId)).isEqualTo("已审核通过");
        assertThat(browser.find(By.id("report-" + reportId)).getText())
                .as("in the place of the card acted on")
                .isEqualTo("已审核通过");
        assertThat(browser.driver().findElement(By.id("flash")).getText()).isEmpty();
    }

    private String campaignPath(String name) {
        return campaigns.visible(office.user()).stream()
                .filter(c -> c.name().equals(name))
                .map(c -> "/campaigns/" + c.id())
                .findFirst()
                .orElseThrow();
    }

    private Measure measure(String title) {
        return ledger.measure(
                office.user(),
                problem.id(),
                title,
                fixtures.org("通辽市").id(),
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
    }

    private long org(String name) {
        return fixtures.org(name).id();
    }
}
