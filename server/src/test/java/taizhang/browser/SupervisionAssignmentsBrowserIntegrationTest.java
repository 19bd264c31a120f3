package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.Role;
import taizhang.supervision.AssignmentView;
import taizhang.supervision.CounterpartService;
import taizhang.supervision.SupervisionGroup;
import taizhang.support.Fixtures.Actor;

/**
 * 对口督导安排 in a real browser: the office finds a deactivated banner left out of the unit picker,
 * assigns a supervisor to a banner of its own, forms a 督导组 with that supervisor, and takes the
 * assignment back, confirming. Each step is read on the page and from the server.
 */
class SupervisionAssignmentsBrowserIntegrationTest extends InBrowser {

    @Autowired
    OrgService organisations;

    @Autowired
    CounterpartService counterparts;

    Actor office;
    Actor supervisor;
    Organisation banner;
    Organisation gone;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        Organisation tongliao = fixtures.org("通辽市");
        banner = organisations.createBySystem(tongliao, "督导测试旗-" + UUID.randomUUID(), OrgKind.COUNTY, null);
        gone = organisations.createBySystem(tongliao, "已撤销旗-" + UUID.randomUUID(), OrgKind.COUNTY, null);
        organisations.setActive(fixtures.actor("内蒙古自治区", Role.ADMIN).user(), gone.id(), false);
        signIn(office);
    }

    @Test
    void theOfficeAssignsASupervisorFormsAGroupAndTakesTheAssignmentBack() {
        AssignmentsScreen page = new AssignmentsScreen(browser);
        assertThat(page.units()).contains(banner.name(), "通辽市").doesNotContain(gone.name());

        String who = supervisor.user().displayName();
        assertThat(page.assign(banner.id(), "user-" + supervisor.user().id()))
                .isEqualTo("已指定 " + who + " 为 " + banner.name() + " 的对口督导");
        assertThat(page.supervisorsOf(banner.id())).containsExactly(who);
        assertThat(browser.messages()).containsExactly("已指定 " + who + " 为 " + banner.name() + " 的对口督导");
        assertThat(counterparts.assignments(office.user()))
                .filteredOn(a -> a.orgId() == banner.id())
                .extracting(AssignmentView::userId)
                .containsExactly(supervisor.user().id());

        String group = "第一督导组-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(page.formGroup(group, "王组长", List.of(supervisor.user().id())))
                .isEqualTo("已成立 " + group);
        assertThat(page.groups()).anySatisfy(row -> assertThat(row).contains(group, "王组长", who));
        assertThat(counterparts.groups(office.user()))
                .filteredOn(g -> g.name().equals(group))
                .extracting(SupervisionGroup::memberIds)
                .containsExactly(List.of(supervisor.user().id()));

        assertThat(browser.messages())
                .as("the group's message replaced the assignment's")
                .containsExactly("已成立 " + group);

        assertThat(page.remove(banner.id())).isEqualTo("已取消对口督导安排");
        assertThat(page.supervisorsOf(banner.id())).isEmpty();
        assertThat(counterparts.assignments(office.user())).noneMatch(a -> a.orgId() == banner.id());
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aSecondAssignmentOfTheSameSupervisorIsRefusedBesideTheFormWhichKeepsItsChoice() {
        AssignmentsScreen page = new AssignmentsScreen(browser);
        String choice = "user-" + supervisor.user().id();
        page.assign(banner.id(), choice);

        assertThat(page.assignRefused(banner.id(), choice)).isEqualTo("该督导已是“" + banner.name() + "”的对口督导");
        assertThat(browser.messages())
                .as("the refusal replaced the assignment's message")
                .containsExactly("该督导已是“" + banner.name() + "”的对口督导");
        assertThat(page.chosen("assign-unit")).isEqualTo(String.valueOf(banner.id()));
        assertThat(page.chosen("assign-supervisor")).isEqualTo(choice);
        assertThat(page.supervisorsOf(banner.id()))
                .containsExactly(supervisor.user().displayName());
        assertThat(counterparts.assignments(office.user()))
                .filteredOn(a -> a.orgId() == banner.id())
                .hasSize(1);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheFormsPostThemselvesAndTheMessageStillStandsBesideThePanel() throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            plain.find(By.cssSelector("nav[aria-label='主导航']"));
            AssignmentsScreen page = new AssignmentsScreen(plain);
            String who = supervisor.user().displayName();
            assertThat(page.assign(banner.id(), "user-" + supervisor.user().id()))
                    .isEqualTo("已指定 " + who + " 为 " + banner.name() + " 的对口督导");
            assertThat(plain.messages()).hasSize(1);
            assertThat(page.supervisorsOf(banner.id())).containsExactly(who);
        }
    }
}
