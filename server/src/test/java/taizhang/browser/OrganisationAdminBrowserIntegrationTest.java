package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.org.OrgAliases;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;

/**
 * 单位管理 in a real browser: the administrator creates a league and a banner under it, renames the
 * banner, is refused deactivating the league while the banner is under it, moves the banner to 赤峰市,
 * then deactivates the league and makes it active again; gives the banner an alias and takes it away; imports a sheet that
 * names a missing parent (nothing changes, the row is named) and then a good one. Each message is read
 * in the part acted on, and each change from the tree the server keeps.
 */
class OrganisationAdminBrowserIntegrationTest extends InBrowser {

    @Autowired
    OrgService organisations;

    @Autowired
    OrgAliases aliases;

    @TempDir
    Path files;

    Actor admin;
    String tag;

    @BeforeEach
    void anAdministrator() throws Exception {
        admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        tag = UUID.randomUUID().toString().substring(0, 6);
        new LoginPage(browser)
                .signIn(admin.user().username(), "password-" + admin.user().username());
        browser.waitUntilUrlContains("/admin/users");
    }

    @Test
    void theAdministratorCreatesRenamesMovesAndDeactivatesUnits() {
        String league = "测试盟" + tag;
        String banner = "测试旗" + tag;
        OrganisationsScreen tree = new OrganisationsScreen(browser);
        assertThat(tree.create("内蒙古自治区", league, "盟市")).isEqualTo("已新建单位“" + league + "”");
        assertThat(tree.create(league, banner, "旗县区")).isEqualTo("已新建单位“" + banner + "”");
        assertThat(tree.row(banner)).contains("旗县区", "启用");
        Organisation made = stored(banner);
        assertThat(made.parentId()).isEqualTo(stored(league).id());

        tree.open(banner);
        assertThat(tree.rename(banner + "改", "150999")).isEqualTo("名称已保存");
        assertThat(tree.heading()).isEqualTo(banner + "改");
        assertThat(organisations.find(made.id()).orElseThrow())
                .extracting(Organisation::name, Organisation::adminCode)
                .containsExactly(banner + "改", "150999");

        tree.backToTree().open(league);
        assertThat(tree.deactivate()).contains("还有下级单位", banner + "改");
        assertThat(organisations.isActive(stored(league).id())).isTrue();

        tree.backToTree().open(banner + "改");
        assertThat(tree.moveUnder("赤峰市")).isEqualTo("已移到“赤峰市”之下");
        assertThat(tree.parent()).isEqualTo("赤峰市");
        assertThat(organisations.find(made.id()).orElseThrow().path())
                .startsWith(fixtures.org("赤峰市").path());

        tree.backToTree().open(league);
        assertThat(tree.deactivate()).isEqualTo("单位已停用");
        assertThat(tree.status()).isEqualTo("已停用");
        assertThat(organisations.isActive(stored(league).id())).isFalse();
        assertThat(tree.backToTree().row(league)).contains("已停用");

        tree.open(league);
        assertThat(tree.activate()).isEqualTo("单位已启用");
        assertThat(tree.status()).isEqualTo("启用");
        assertThat(organisations.isActive(stored(league).id())).isTrue();
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void anAliasIsAddedAndRemovedOnTheUnitsPage() {
        String unit = "测试局" + tag;
        OrganisationsScreen tree = new OrganisationsScreen(browser);
        tree.create("赤峰市", unit, "部门");
        long id = stored(unit).id();
        tree.open(unit);

        String alias = "测局" + tag;
        assertThat(tree.addAlias(alias)).isEqualTo("已添加别名“" + alias + "”，下次导入报告时按它识别单位");
        assertThat(tree.aliases()).containsExactly(alias);
        assertThat(aliases.of(admin.user(), id)).containsExactly(alias);

        assertThat(tree.removeAlias(alias)).isEqualTo("已删除别名“" + alias + "”");
        assertThat(browser.driver().findElements(By.cssSelector("#alias-list .alias")))
                .isEmpty();
        assertThat(aliases.of(admin.user(), id)).isEmpty();
    }

    @Test
    void aSheetWithAFaultImportsNothingAndAGoodOneImportsTheTree() throws Exception {
        String bureau = "导入局" + tag;
        String office = "导入科" + tag;
        String missing = "不存在的单位" + tag;
        Path bad = sheet("bad.xlsx", List.of(List.of(bureau, "赤峰市", "部门"), List.of(office, missing, "部门")));
        OrganisationsScreen tree = new OrganisationsScreen(browser);

        assertThat(tree.importSheet(bad)).isEqualTo("表格有 1 处错误，未导入任何单位");
        assertThat(tree.importErrors())
                .singleElement()
                .asString()
                .startsWith("第 3 行")
                .contains(missing);
        assertThat(organisations.findByName(bureau))
                .as("the whole sheet or nothing")
                .isEmpty();

        Path good = sheet("good.xlsx", List.of(List.of(bureau, "赤峰市", "部门"), List.of(office, bureau, "部门")));
        assertThat(tree.importSheet(good)).isEqualTo("已导入：新建 2 个单位，0 个已存在未改动");
        assertThat(tree.row(office)).contains("部门", "启用");
        assertThat(stored(office).parentId()).isEqualTo(stored(bureau).id());
        assertThat(stored(bureau).parentId()).isEqualTo(fixtures.org("赤峰市").id());
    }

    private Organisation stored(String name) {
        return organisations.findByName(name).orElseThrow();
    }

    /** An .xlsx with the header the page asks for and the rows given (名称, 上级, 类型). */
    private Path sheet(String name, List<List<String>> rows) throws Exception {
        Path file = files.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("单位");
            List<String> header = List.of("单位名称", "上级单位", "类型");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
        }
        return file;
    }
}
