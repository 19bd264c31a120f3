package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The measure page in a browser that runs no script: a form that asks before it changes something
 * is asked on a page of its own (确定 acts, 取消 leaves everything as it was), and a refusal comes
 * back to the measure page beside the form, in red, as htmx shows it.
 */
class NoScriptFormsBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    Actor office;
    Measure measure;

    @Override
    protected boolean javascript() {
        return false;
    }

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                fixtures.org("通辽市").id());
        signIn(office);
    }

    @Test
    void removingAMeasureIsAskedFirstAndOnlyConfirmedRemoves() {
        MeasureScreen page = new MeasureScreen(browser, measure.id());
        assertThat(page.askRemove("与第1项重复")).isEqualTo("确定移除这项措施吗？移除后不计入统计、通报、预警和调度，整改办可以恢复。");
        page.answer(false);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/measures/" + measure.id());
        assertThat(page.offersRemove())
                .as("取消 leaves the measure in the ledger")
                .isTrue();
        assertThat(measures.removal(measure.id())).isEmpty();

        page.askRemove("与第1项重复");
        page.answer(true);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/measures/" + measure.id());
        assertThat(page.editMessage()).isEqualTo("已移除：统计、通报、预警和调度不再计入这项措施");
        assertThat(page.removedNotice()).contains("与第1项重复");
        assertThat(page.offersRemove()).isFalse();
        assertThat(measures.removal(measure.id()))
                .hasValueSatisfying(removal -> assertThat(removal.reason()).isEqualTo("与第1项重复"));
    }

    @Test
    void aStaleEditIsRefusedBesideItsForm() {
        MeasureScreen page = new MeasureScreen(browser, measure.id());
        // Someone else saves meanwhile: the version this page holds is stale.
        Measure now = measures.get(office.user(), measure.id());
        measures.edit(
                office.user(),
                now.id(),
                now.version(),
                now.title(),
                new MeasureService.Assignment(now.leadOrgId(), now.coUnitIds(), "李主任", now.deadline(), now.type()));

        page.edit(null, null, null, "张处长", null, null);
        assertThat(page.askSave()).isEqualTo("确定保存对这项措施的修改吗？修改会记入审计记录。");
        page.answer(true);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/measures/" + measure.id() + "#measure-edit");
        assertThat(page.editMessage()).isEqualTo("[拒绝] 整改措施已被他人修改，请刷新后重试");
        assertThat(page.fact("责任领导")).as("nothing saved over the other change").isEqualTo("李主任");
    }
}
