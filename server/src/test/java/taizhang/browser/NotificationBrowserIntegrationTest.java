package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 消息 in a real browser: the office returns a unit's report with a reason; the unit's header
 * counts one unread message, and its inbox shows the reason.
 */
class NotificationBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService reports;

    Actor office;
    Actor unit;
    ProgressReport submitted;

    @BeforeEach
    void aSubmittedReport() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign campaign = ledger.campaign(office.user());
        Measure measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign.id()).id(),
                "整治矿区扬尘污染",
                fixtures.org("乌海市").id(),
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        // Signed up after the assignment, so the return is the one message this user has.
        unit = fixtures.actor("乌海市", Role.UNIT);
        submitted = reports.create(
                unit.user(),
                measure.id(),
                YearMonth.now().toString(),
                "已完成道路硬化",
                MeasureStatus.IN_PROGRESS,
                List.of(),
                true);
    }

    @Test
    void theUnitSeesTheOfficesReasonInItsInbox() {
        signIn(unit);
        assertThat(InboxScreen.headerCount(browser)).isZero();
        LoginPage.signOut(browser);

        signIn(office);
        assertThat(new ReviewScreen(browser).sendBack(submitted.id(), "缺少降尘设施运行记录"))
                .contains("已退回");
        LoginPage.signOut(browser);

        signIn(unit);
        assertThat(InboxScreen.headerCount(browser)).isEqualTo(1);
        InboxScreen inbox = InboxScreen.openFromHeader(browser);
        assertThat(inbox.titles()).containsExactly("报告退回");
        assertThat(inbox.texts()).singleElement().asString().contains("乌海市", "整治矿区扬尘污染", "缺少降尘设施运行记录");
        inbox.markNewestRead();
        assertThat(InboxScreen.headerCount(browser)).isZero();
        assertThat(browser.find(By.id("unread-summary")).getText()).isEqualTo("没有未读消息");
    }
}
