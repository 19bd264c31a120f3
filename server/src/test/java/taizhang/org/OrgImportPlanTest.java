package taizhang.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** The organisation sheet's check, before anything is written. */
class OrgImportPlanTest {

    private static final Organisation ROOT = new Organisation(1, null, "内蒙古自治区", OrgKind.REGION, "150000", "/1/");
    private static final Organisation CHIFENG = new Organisation(2, 1L, "赤峰市", OrgKind.CITY, "150400", "/1/2/");
    private static final Organisation TONGLIAO = new Organisation(3, 1L, "通辽市", OrgKind.CITY, "150500", "/1/3/");
    private static final Map<String, Organisation> TREE =
            Map.of(ROOT.name(), ROOT, CHIFENG.name(), CHIFENG, TONGLIAO.name(), TONGLIAO);
    private static final CurrentUser REGION_ADMIN =
            new CurrentUser(9, "admin", "admin", 1, "/1/", EnumSet.of(Role.ADMIN));
    private static final CurrentUser CHIFENG_ADMIN = new CurrentUser(8, "cf", "cf", 2, "/1/2/", EnumSet.of(Role.ADMIN));

    private static OrgSheet.Line line(int row, String name, String parent) {
        return new OrgSheet.Line(row, name, parent, "", "");
    }

    @Test
    void parentsComeBeforeTheirChildrenWhateverTheRowOrder() {
        OrgImportPlan plan = OrgImportPlan.of(
                List.of(line(2, "红山区某街道", "红山区"), line(3, "红山区", "赤峰市"), line(4, "赤峰市", "内蒙古自治区")),
                TREE,
                Set.of(),
                REGION_ADMIN);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.creations()).extracting(OrgImportPlan.NewNode::name).containsExactly("红山区", "红山区某街道");
        assertThat(plan.creations().get(0).kind()).isEqualTo(OrgKind.COUNTY);
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void aCycleOfParentsIsRefusedAndNothingIsPlanned() {
        OrgImportPlan plan = OrgImportPlan.of(
                List.of(line(2, "甲局", "乙局"), line(3, "乙局", "甲局"), line(4, "丙局", "赤峰市")), TREE, Set.of(), REGION_ADMIN);
        assertThat(plan.accepted()).isFalse();
        assertThat(plan.creations()).isEmpty();
        assertThat(plan.errors()).extracting(OrgImportPlan.RowError::row).containsExactly(2, 3);
        assertThat(plan.errors().get(0).toString()).startsWith("第 2 行：上级单位成环");
    }

    @Test
    void aParentOutsideTheAdministratorsSubtreeOrDeactivatedTakesNothing() {
        OrgImportPlan outside = OrgImportPlan.of(List.of(line(2, "科尔沁新局", "通辽市")), TREE, Set.of(), CHIFENG_ADMIN);
        assertThat(outside.errors().get(0).message()).contains("不在您管理的范围内");
        OrgImportPlan inactive =
                OrgImportPlan.of(List.of(line(2, "赤峰新局", "赤峰市")), TREE, Set.of(CHIFENG.id()), REGION_ADMIN);
        assertThat(inactive.errors().get(0).message()).contains("已停用");
    }

    @Test
    void theKindIsTakenAsWrittenOrFromTheNamesEnding() {
        assertThat(OrgImportPlan.kind(new OrgSheet.Line(2, "某某", "赤峰市", "盟市", "")))
                .isEqualTo(OrgKind.CITY);
        assertThat(OrgImportPlan.kind(line(2, "克什克腾旗", "赤峰市"))).isEqualTo(OrgKind.COUNTY);
        assertThat(OrgImportPlan.kind(line(2, "自治区教育厅", "内蒙古自治区"))).isEqualTo(OrgKind.DEPARTMENT);
        assertThat(OrgImportPlan.of(List.of(new OrgSheet.Line(2, "某某", "赤峰市", "乡镇", "")), TREE, Set.of(), REGION_ADMIN)
                        .errors()
                        .get(0)
                        .message())
                .contains("类型“乡镇”无法识别");
    }
}
