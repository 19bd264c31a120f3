package taizhang.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.user.UserService;

/**
 * With a mail server configured, a notice is mailed to the users it reached who gave an address and
 * did not opt out: in Chinese, UTF-8, naming the unit and the measure, linking to the page.
 */
@DatabaseTest
@SpringBootTest(properties = "taizhang.notify.base-url=https://taizhang.example.gov.cn/")
class NotificationMailIntegrationTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService progress;

    @Autowired
    UserService users;

    @Test
    void aReturnedReportIsMailedInChineseWithTheUnitTheMeasureTheReasonAndTheLink() throws Exception {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        CurrentUser wants = fixtures.actor("克什克腾旗", Role.UNIT).user();
        CurrentUser optedOut = fixtures.actor("克什克腾旗", Role.UNIT).user();
        fixtures.actor("克什克腾旗", Role.UNIT);
        users.updateSettings(wants, "keqi-" + wants.id() + "@example.gov.cn", true);
        users.updateSettings(optedOut, "quiet-" + optedOut.id() + "@example.gov.cn", false);
        Measure measure = ledger.measure(
                office,
                problem,
                "修复达里湖湿地生态",
                wants.organisationId(),
                List.of(),
                java.time.LocalDate.of(2099, 6, 30),
                null);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1))
                .as("the assignment is mailed")
                .isTrue();
        SMTP.purgeEmailFromAllMailboxes();

        ProgressReport sent = progress.create(
                wants, measure.id(), YearMonth.now().toString(), "补植芦苇", MeasureStatus.IN_PROGRESS, List.of(), true);
        progress.returnToUnit(office, sent.id(), sent.version(), "缺少补植面积和验收照片");

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("keqi-" + wants.id() + "@example.gov.cn");
        assertThat(mail.getSubject()).isEqualTo("【整改台账】报告退回");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = (String) mail.getContent();
        assertThat(body)
                .startsWith(wants.displayName() + "，您好：")
                .contains("克什克腾旗", "“修复达里湖湿地生态”", "缺少补植面积和验收照片")
                .contains("查看详情：https://taizhang.example.gov.cn/my")
                .contains("https://taizhang.example.gov.cn/settings");
    }
}
