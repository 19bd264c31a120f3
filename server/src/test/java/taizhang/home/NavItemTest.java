package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** Each role's navigation names exactly the pages that role may open. */
class NavItemTest {

    private static CurrentUser as(Role role) {
        return new CurrentUser(1, "u", "u", 1, "/1/", EnumSet.of(role));
    }

    @Test
    void everyRoleThatMayReadTheDashboardFindsItFirst() {
        for (Role role : EnumSet.of(Role.OFFICE, Role.LEADER, Role.SUPERVISOR)) {
            assertThat(NavItem.forUser(as(role))).first().isEqualTo(NavItem.DASHBOARD);
        }
        assertThat(NavItem.forUser(as(Role.UNIT))).doesNotContain(NavItem.DASHBOARD);
    }

    @Test
    void theAdministratorsMenuIsItsOwnNotTheOffices() {
        assertThat(NavItem.forUser(as(Role.ADMIN)))
                .containsExactly(NavItem.USERS, NavItem.ORGANISATIONS, NavItem.AUDIT, NavItem.WEBHOOKS);
        CurrentUser both = new CurrentUser(1, "u", "u", 1, "/1/", EnumSet.of(Role.ADMIN, Role.OFFICE));
        assertThat(NavItem.forUser(both)).contains(NavItem.DASHBOARD, NavItem.CYCLES, NavItem.USERS);
    }

    @Test
    void eachRoleLandsOnThePageOfItsMainWork() {
        assertThat(NavItem.landing(as(Role.UNIT))).isEqualTo(NavItem.MY);
        assertThat(NavItem.landing(as(Role.LEADER))).isEqualTo(NavItem.DASHBOARD);
        assertThat(NavItem.landing(as(Role.OFFICE))).isEqualTo(NavItem.DASHBOARD);
        assertThat(NavItem.landing(as(Role.SUPERVISOR))).isEqualTo(NavItem.DASHBOARD);
        assertThat(NavItem.landing(as(Role.ADMIN))).isEqualTo(NavItem.USERS);
    }

    @Test
    void unitsReportAndOfficesReviewAndImport() {
        assertThat(NavItem.forUser(as(Role.UNIT)))
                .containsExactly(NavItem.LEDGER, NavItem.MY, NavItem.REPORTS, NavItem.MY_ASSESSMENT);
        assertThat(NavItem.forUser(as(Role.SUPERVISOR)))
                .containsExactly(
                        NavItem.DASHBOARD, NavItem.LEDGER, NavItem.REVIEW, NavItem.SUPERVISION, NavItem.REPORTS);
        assertThat(NavItem.forUser(as(Role.OFFICE)))
                .containsExactly(
                        NavItem.DASHBOARD,
                        NavItem.LEDGER,
                        NavItem.REVIEW,
                        NavItem.CYCLES,
                        NavItem.EXTENSIONS,
                        NavItem.IMPORTS,
                        NavItem.SUPERVISION,
                        NavItem.REPORTS,
                        NavItem.ASSESSMENT,
                        NavItem.WEBHOOKS);
        assertThat(NavItem.forUser(as(Role.LEADER)))
                .containsExactly(
                        NavItem.DASHBOARD, NavItem.LEDGER, NavItem.SUPERVISION, NavItem.REPORTS, NavItem.ASSESSMENT);
    }
}
