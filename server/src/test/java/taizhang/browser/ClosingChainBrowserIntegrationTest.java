package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.evidence.EvidenceService;
import taizhang.ledger.ClosingApprover;
import taizhang.ledger.ClosingChainService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 销号审批链 in a real browser: the office sets its campaign's chain on the page to 包头市's own leader,
 * then the office. 包头市
 * has reported its measure done and the office accepted it with evidence; 包头市 asks for 销号, its
 * leader approves, the office returns it with a reason (the measure goes back to 推进中); once the
 * office records it done again, a second request passes both steps and the measure is closed.
 */
class ClosingChainBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService reports;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ClosingChainService closing;

    @Autowired
    MeasureService measures;

    Actor office;
    Actor unit;
    Actor leader;
    Measure measure;
    long campaign;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("包头市", Role.UNIT);
        leader = fixtures.actor("包头市", Role.LEADER);
        campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                fixtures.org("包头市").id());
        doneWithEvidence();
    }

    @Test
    void eachStepApprovesOrReturnsFromTheMeasurePageAndTheLastApprovalCloses() {
        signIn(office);
        ClosingChainSettingsScreen chain = new ClosingChainSettingsScreen(browser, campaign);
        assertThat(chain.steps("牵头单位领导", "牵头单位领导").saveRefused()).isEqualTo("审批链中每个审批环节只能出现一次");
        assertThat(browser.messages()).containsExactly("审批链中每个审批环节只能出现一次");
        assertThat(chain.chosen(2)).as("the refused choice stays").isEqualTo("牵头单位领导");
        assertThat(closing.chain(office.user(), campaign).steps()).isEmpty();
        assertThat(chain.steps("牵头单位领导", "整改办").save()).isEqualTo("审批链已保存：牵头单位领导 → 整改办");
        assertThat(browser.messages())
                .as("the save's message replaced the refusal")
                .containsExactly("审批链已保存：牵头单位领导 → 整改办");
        assertThat(closing.chain(office.user(), campaign).steps())
                .containsExactly(ClosingApprover.LEAD_LEADER, ClosingApprover.OFFICE);
        LoginPage.signOut(browser);

        signIn(unit);
        ClosingScreen screen = new ClosingScreen(browser, measure.id()).ask();
        assertThat(screen.waitingFor()).isEqualTo("牵头单位领导");
        assertThat(screen.mayDecide()).isFalse();
        LoginPage.signOut(browser);

        signIn(leader);
        screen = new ClosingScreen(browser, measure.id());
        assertThat(screen.approveLabel()).isEqualTo("牵头单位领导同意");
        assertThat(screen.approve().waitingFor()).isEqualTo("整改办");
        LoginPage.signOut(browser);

        signIn(office);
        screen = new ClosingScreen(browser, measure.id()).sendBack("验收报告缺少盖章");
        assertThat(screen.status()).isEqualTo("已退回");
        assertThat(screen.steps()).contains("牵头单位领导 · 同意", "整改办 · 退回", "验收报告缺少盖章");
        assertThat(screen.measureStatus()).isEqualTo("推进中");
        LoginPage.signOut(browser);

        Measure returned = measures.get(office.user(), measure.id());
        measures.reportDone(office.user(), returned.id(), returned.version(), MeasureStatus.DONE);
        signIn(unit);
        new ClosingScreen(browser, measure.id()).ask();
        LoginPage.signOut(browser);
        signIn(leader);
        new ClosingScreen(browser, measure.id()).approve();
        LoginPage.signOut(browser);
        signIn(office);
        screen = new ClosingScreen(browser, measure.id()).approve();

        assertThat(screen.status()).isEqualTo("已通过，已销号");
        assertThat(screen.measureStatus()).isEqualTo("已销号");
    }

    /** 包头市 reports the work done for this month and the office accepts it; a file proves it. */
    @Test
    void withoutJavaScriptTheChainIsSavedAndItsMessageStandsBesideTheForm() throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            ClosingChainSettingsScreen chain = new ClosingChainSettingsScreen(plain, campaign);
            assertThat(chain.steps("整改办").save()).isEqualTo("审批链已保存：整改办");
            assertThat(plain.messages()).containsExactly("审批链已保存：整改办");
            assertThat(chain.steps().save()).isEqualTo("已取消审批链：由整改办直接销号");
            assertThat(plain.messages()).containsExactly("已取消审批链：由整改办直接销号");
        }
        assertThat(closing.chain(office.user(), campaign).steps()).isEmpty();
    }

    private void doneWithEvidence() {
        ProgressReport report = reports.create(
                unit.user(), measure.id(), YearMonth.now().toString(), "已完成整改", MeasureStatus.DONE, List.of(), true);
        reports.accept(office.user(), report.id(), report.version());
        evidence.upload(office.user(), measure.id(), null, LedgerFixtures.evidenceFile());
    }
}
