package taizhang.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;
import taizhang.support.DatabaseTest;

/** The organisation tree's SQL: paths, subtrees by prefix, lookups. Each test rolls back. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OrgRepositoryTest {

    @Autowired
    OrgRepository repository;

    private Organisation demo(String name) {
        return repository.findByName(name).orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theDemoTreeHangsUnderTheRegion() {
        Organisation region = demo("内蒙古自治区");
        Organisation tongliao = demo("通辽市");
        Organisation horqin = demo("科尔沁区");
        assertThat(region.parentId()).isNull();
        assertThat(region.path()).isEqualTo("/" + region.id() + "/");
        assertThat(tongliao.parentId()).isEqualTo(region.id());
        assertThat(tongliao.path()).isEqualTo(region.path() + tongliao.id() + "/");
        assertThat(horqin.path()).isEqualTo(tongliao.path() + horqin.id() + "/");
        assertThat(tongliao.kind()).isEqualTo(OrgKind.CITY);
        assertThat(tongliao.adminCode()).isEqualTo("150500");
        assertThat(demo("自治区纪委监委").adminCode()).isNull();
    }

    @Test
    void insertsAChildWithAPathThroughItsParent() {
        Organisation tongliao = demo("通辽市");
        Organisation child = repository.insert(tongliao.id(), tongliao.path(), unique("开鲁县"), OrgKind.COUNTY, "150523");
        assertThat(child.path()).isEqualTo(tongliao.path() + child.id() + "/");
        assertThat(repository.find(child.id())).contains(child);
        assertThat(repository.findByName(child.name())).contains(child);
    }

    @Test
    void aRootsPathIsItsOwnId() {
        Organisation root = repository.insert(null, null, unique("根"), OrgKind.REGION, null);
        assertThat(root.path()).isEqualTo("/" + root.id() + "/");
        assertThat(repository.find(root.id()).orElseThrow().parentId()).isNull();
    }

    @Test
    void subtreeHoldsTheNodeAndAllBelowItAndNothingBeside() {
        Organisation tongliao = demo("通辽市");
        Organisation county = repository.insert(tongliao.id(), tongliao.path(), unique("县"), OrgKind.COUNTY, null);
        Organisation town = repository.insert(county.id(), county.path(), unique("镇"), OrgKind.DEPARTMENT, null);
        List<String> names = repository.subtree(tongliao.path() + "%").stream()
                .map(Organisation::name)
                .toList();
        assertThat(names)
                .contains("通辽市", "科尔沁区", "扎鲁特旗", county.name(), town.name())
                .doesNotContain("赤峰市", "红山区", "内蒙古自治区");
        assertThat(names.get(0)).isEqualTo("通辽市");
    }

    @Test
    void subtreeOfASiblingWithSimilarIdDigitsStaysApart() {
        Organisation region = demo("内蒙古自治区");
        List<Organisation> cities = repository.subtree(region.path() + "%").stream()
                .filter(o -> o.kind() == OrgKind.CITY)
                .toList();
        for (Organisation city : cities) {
            assertThat(repository.subtree(city.path() + "%")).allSatisfy(o -> {
                assertThat(o.path()).startsWith(city.path());
                assertThat(o.id() == city.id() || o.parentId() != null).isTrue();
            });
        }
    }

    @Test
    void allIsOrderedByPathSoParentsComeFirst() {
        List<Organisation> all = repository.all();
        assertThat(all).extracting(Organisation::name).contains("内蒙古自治区", "通辽市", "科尔沁区", "自治区党委");
        assertThat(repository.count()).isEqualTo(all.size());
        List<Long> order = all.stream().map(Organisation::id).toList();
        for (Organisation o : all) {
            if (o.parentId() != null) {
                assertThat(order.indexOf(o.parentId())).as(o.name()).isLessThan(order.indexOf(o.id()));
            }
        }
    }

    @Test
    void renameChangesNameAndCodeOnly() {
        Organisation tongliao = demo("通辽市");
        Organisation county = repository.insert(tongliao.id(), tongliao.path(), unique("旧名"), OrgKind.COUNTY, null);
        String newName = unique("新名");
        repository.rename(county.id(), newName, "150599");
        Organisation renamed = repository.find(county.id()).orElseThrow();
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.adminCode()).isEqualTo("150599");
        assertThat(renamed.path()).isEqualTo(county.path());
        assertThat(renamed.parentId()).isEqualTo(tongliao.id());
    }

    @Test
    void unknownIdsAndNamesFindNothing() {
        assertThat(repository.find(Long.MAX_VALUE)).isEmpty();
        assertThat(repository.findByName(unique("没有"))).isEmpty();
    }
}
