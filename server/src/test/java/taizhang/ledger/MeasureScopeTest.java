package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.org.OrgKind;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

class MeasureScopeTest {

    @Test
    void belowTheRootASubtreeIsItsOrganisationsKeyInMeasureUnit() {
        MeasureScope chifeng = MeasureScope.of(new Organisation(24, 1L, "赤峰市", OrgKind.CITY, null, "/1/24/"));
        assertThat(chifeng.orgId()).isEqualTo(24L);
        assertThat(MeasureScope.of(user(24, "/1/24/"))).isEqualTo(chifeng);
        Map<String, Object> params = new HashMap<>();
        assertThat(chifeng.assignedTo("unitOrg", "uu", params))
                .isEqualTo(
                        "exists (select 1 from measure_unit uu where uu.org_id = :unitOrg and uu.measure_id = m.id)");
        assertThat(params).containsExactly(Map.entry("unitOrg", 24L));
    }

    @Test
    void theRootsSubtreeIsEveryMeasureWithALeadOrACoUnit() {
        MeasureScope root = MeasureScope.of(new Organisation(1, null, "内蒙古自治区", OrgKind.REGION, null, "/1/"));
        assertThat(root.orgId()).isNull();
        assertThat(MeasureScope.of(user(1, "/1/"))).isEqualTo(root);
        // An id that merely starts the path is not the root's.
        assertThat(MeasureScope.of(user(11, "/1/11/")).orgId()).isEqualTo(11L);
        Map<String, Object> params = new HashMap<>();
        assertThat(root.assignedTo("unitOrg", "uu", params))
                .isEqualTo(
                        "(m.lead_org_id is not null or exists (select 1 from measure_co_unit uu where uu.measure_id = m.id))");
        assertThat(params).isEmpty();
    }

    @Test
    void aSubtreeCoversItselfAndWhatLiesBelowButNotANeighbourWhoseIdStartsTheSame() {
        MeasureScope chifeng = MeasureScope.of(user(24, "/1/24/"));
        assertThat(chifeng.covers(MeasureScope.of(user(24, "/1/24/")))).isTrue();
        assertThat(chifeng.covers(MeasureScope.of(user(31, "/1/24/31/")))).isTrue();
        assertThat(chifeng.covers(MeasureScope.of(user(245, "/1/245/")))).isFalse();
        assertThat(chifeng.covers(MeasureScope.of(user(1, "/1/")))).isFalse();
        assertThat(MeasureScope.of(user(1, "/1/")).covers(chifeng)).isTrue();
    }

    private static CurrentUser user(long orgId, String path) {
        return new CurrentUser(7, "u", "u", orgId, path, EnumSet.of(Role.UNIT));
    }
}
