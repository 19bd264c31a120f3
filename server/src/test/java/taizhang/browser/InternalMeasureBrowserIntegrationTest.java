package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.report.InternalMarks;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 内部事项 on 通报与台账 in a real browser: the office marks one of two measures internal, the public
 * version of the notice leaves it out and keeps the other, and the mark is taken back.
 */
class InternalMeasureBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    InternalMarks marks;

    Actor office;
    Campaign campaign;
    Measure secret;
    Measure open;
    String secretCode;

    @BeforeEach
    void twoMeasures() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        campaign = ledger.campaign(office.user());
        Problem named = ledger.problem(office.user(), campaign.id());
        long problem = named.id();
        long unit = fixtures.ownUnit("通辽市").user().organisationId();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        secret = ledger.measure(
                office.user(),
                problem,
                "核查涉密档案管理" + tag,
                unit,
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
        open = ledger.measure(
                office.user(),
                problem,
                "公开办事指南" + tag,
                unit,
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
        secretCode = named.number() + "-" + secret.ordinal();
        signIn(office);
    }

    @Test
    void anInternalMeasureIsLeftOutOfThePublicNoticeUntilTheMarkIsTakenBack() {
        ReportsScreen page = new ReportsScreen(browser, campaign.id()).markInternal(secretCode, true);
        assertThat(page.internalMessage()).isEqualTo("已将措施 " + secretCode + " 标为内部事项，公开版不含");
        assertThat(browser.messages()).hasSize(1);
        assertThat(page.internalLine()).contains("（1 项）", secretCode);
        assertThat(marks.marked(office.user(), campaign.id())).containsExactly(secret.id());

        String published = page.publicNotice();
        assertThat(published).contains("（公开版）", open.title()).doesNotContain(secret.title());

        page = new ReportsScreen(browser, campaign.id()).markInternal(secretCode, false);
        assertThat(page.internalMessage()).isEqualTo("措施 " + secretCode + " 不再是内部事项，公开版含该措施");
        assertThat(page.internalLine()).contains("（0 项）");
        assertThat(marks.marked(office.user(), campaign.id())).isEmpty();
        assertThat(page.publicNotice()).contains(secret.title(), open.title());
    }

    @Test
    void aNumberTheCampaignDoesNotHaveIsRefusedBesideTheFormAndStays() {
        Campaign other = ledger.campaign(office.user());
        Problem otherProblem = ledger.problem(office.user(), other.id());
        Measure elsewhere = ledger.measure(
                office.user(), otherProblem.id(), fixtures.ownUnit("通辽市").user().organisationId());
        String unknown = (otherProblem.number() + 100) + "-" + elsewhere.ordinal();
        ReportsScreen page = new ReportsScreen(browser, campaign.id()).markInternal(secretCode, true);

        String refusal = page.markInternalRefused(unknown);
        assertThat(refusal).contains("没有编号为“" + unknown + "”的措施");
        assertThat(browser.messages())
                .as("the refusal replaced the mark's message")
                .containsExactly(refusal);
        assertThat(page.internalMeasureTyped()).isEqualTo(unknown);
        assertThat(marks.marked(office.user(), other.id())).isEmpty();
        assertThat(marks.marked(office.user(), campaign.id())).containsExactly(secret.id());
        assertThat(browser.cspViolations()).isEmpty();
    }
}
