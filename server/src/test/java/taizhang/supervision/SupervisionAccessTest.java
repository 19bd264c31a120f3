package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/** Who reads and changes supervision items and accountability records, on a region /1/ with 通辽 /1/5/ and 赤峰 /1/6/. */
class SupervisionAccessTest {

    private static CurrentUser user(long id, String path, Role role) {
        return new CurrentUser(id, "u" + id, "u" + id, 9, path, EnumSet.of(role));
    }

    @Test
    void aSupervisorReadsItsSupervisedUnitsAndItsOwnRecordsOnly() {
        var access = new SupervisionAccess(user(7, "/1/2/", Role.SUPERVISOR), false, false, List.of("/1/5/"));
        assertThat(access.mayRead("/1/5/", 99)).isTrue();
        assertThat(access.mayRead("/1/5/51/", 99)).isTrue();
        assertThat(access.mayRead("/1/6/", 99)).isFalse();
        assertThat(access.mayRead("/1/6/", 7)).isTrue();
        assertThat(access.listedSubtrees()).containsExactly("/1/2/", "/1/5/");
    }

    @Test
    void aSupervisorChangesItsOwnRecordsAndTheOfficeAnyOfItsCampaign() {
        var supervisor = new SupervisionAccess(user(7, "/1/2/", Role.SUPERVISOR), false, false, List.of("/1/5/"));
        assertThat(supervisor.mayChange(7)).isTrue();
        assertThat(supervisor.mayChange(8)).isFalse();
        var office = new SupervisionAccess(user(3, "/1/", Role.OFFICE), true, true, List.of());
        assertThat(office.mayChange(8)).isTrue();
        assertThat(office.mayRead("/1/6/", 8)).isTrue();
        assertThat(office.listedSubtrees()).isNull();
    }

    @Test
    void aLeaderReadsItsSubtreeButChangesOnlyWhatItRecorded() {
        var leader = new SupervisionAccess(user(4, "/1/6/", Role.LEADER), false, false, List.of());
        assertThat(leader.mayRead("/1/6/61/", 8)).isTrue();
        assertThat(leader.mayRead("/1/5/", 8)).isFalse();
        assertThat(leader.mayChange(8)).isFalse();
    }

    @Test
    void unitsReadNothingEvenInTheirOwnSubtree() {
        CurrentUser unit = user(5, "/1/5/", Role.UNIT);
        var access = new SupervisionAccess(unit, false, false, List.of());
        assertThat(access.mayRead("/1/5/", 8)).isFalse();
        assertThat(access.mayRead("/1/5/", 5)).isFalse();
        assertThatThrownBy(() -> SupervisionAccess.requireReader(unit, "责任追究"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("只有整改办、督导和领导可以查看责任追究");
    }
}
