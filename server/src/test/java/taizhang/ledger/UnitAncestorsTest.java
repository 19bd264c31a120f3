package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.org.OrgKind;
import taizhang.org.Organisation;

/** The {@code measure_unit} organisations of a measure, from the units' paths. */
class UnitAncestorsTest {

    private static final List<Organisation> TREE = List.of(
            new Organisation(1, null, "内蒙古自治区", OrgKind.REGION, null, "/1/"),
            new Organisation(2, 1L, "赤峰市", OrgKind.CITY, null, "/1/2/"),
            new Organisation(3, 2L, "红山区", OrgKind.COUNTY, null, "/1/2/3/"),
            new Organisation(4, 1L, "通辽市", OrgKind.CITY, null, "/1/4/"),
            new Organisation(5, 1L, "自治区纪委监委", OrgKind.DEPARTMENT, null, "/1/5/"));

    private final UnitAncestors units = UnitAncestors.of(TREE);

    @Test
    void aCountyLeadGivesTheCountyAndItsCityButNotTheRoot() {
        assertThat(units.of(3L, List.of())).containsExactly(2L, 3L);
    }

    @Test
    void coUnitsAddTheirOwnAncestorsOnce() {
        assertThat(units.of(5L, List.of(3L, 2L, 4L))).containsExactlyInAnyOrder(5L, 2L, 3L, 4L);
    }

    @Test
    void theRootAndNoLeadGiveNothing() {
        assertThat(units.of(1L, List.of())).isEmpty();
        assertThat(units.of(null, List.of())).isEmpty();
    }
}
