package taizhang.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.ledger.Measure;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import taizhang.user.UserService;

/** 消息 and 我的设置 as pages: the header's count, the read marks, and the mail settings. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class InboxPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    Notifications notifications;

    @Autowired
    UserService users;

    Actor unit;
    Actor colleague;
    Measure measure;

    @BeforeEach
    void aMeasureAssignedToTheUnit() {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("昆都仑区", Role.UNIT);
        colleague = fixtures.actor("昆都仑区", Role.UNIT);
        long campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                unit.user().organisationId());
    }

    @Test
    void everyPageCountsTheUnreadAndTheInboxListsAndMarksThem() throws Exception {
        assertThat(html(unit, "/my")).contains("id=\"unread-count\">1<", "消息，1 条未读");
        String inbox = html(unit, "/notifications");
        assertThat(inbox).contains("新分配措施", "昆都仑区：措施", measure.title(), "牵头", "1 条未读");

        long id = notifications.inbox(unit.user(), false, 0, 1).get(0).id();
        MockHttpServletResponse opened = requests.send(unit, get("/notifications/" + id + "/open"));
        assertThat(opened.getRedirectedUrl()).isEqualTo("/measures/" + measure.id());
        assertThat(html(unit, "/ledger")).doesNotContain("id=\"unread-count\"");
        assertThat(html(colleague, "/ledger")).as("read marks are per user").contains("id=\"unread-count\">1<");

        assertThat(requests.send(colleague, post("/notifications/read-all")).getRedirectedUrl())
                .isEqualTo("/notifications");
        assertThat(html(colleague, "/notifications")).contains("没有未读消息");
    }

    @Test
    void anotherUsersNotificationCannotBeMarkedOrOpened() throws Exception {
        long theirs = notifications.inbox(colleague.user(), false, 0, 1).get(0).id();
        MockHttpServletResponse refused = requests.send(unit, post("/notifications/" + theirs + "/read"));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("只能标记自己的消息");
        assertThat(requests.send(unit, get("/notifications/" + theirs + "/open"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(notifications.unread(colleague.user())).isEqualTo(1);
    }

    @Test
    void settingsSaveTheAddressAndTheOptOutAndRefuseABadAddressInChinese() throws Exception {
        assertThat(html(unit, "/settings")).contains("电子邮箱", "有新消息时发送邮件", "尚未配置邮件服务器");
        MockHttpServletResponse bad = requests.send(unit, post("/settings").param("email", "kundulun@"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("电子邮箱格式不正确");
        assertThat(users.settings(unit.user()).email()).isNull();

        MockHttpServletResponse saved = requests.send(unit, post("/settings").param("email", " kdl@example.gov.cn "));
        assertThat(saved.getStatus()).isEqualTo(303);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings");
        assertThat(html(unit, "/settings")).contains("value=\"kdl@example.gov.cn\"");
        assertThat(users.settings(unit.user()).emailNotifications())
                .as("an unticked box is an opt-out")
                .isFalse();
    }

    private String html(Actor actor, String path) throws Exception {
        MockHttpServletResponse response = requests.send(actor, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
