package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;

/**
 * 导入报告's inline edits in a real browser (taizhang.ingest.ImportBrowserIntegrationTest edits a figure
 * and accepts the seed report): the office uploads a report it wrote, retitles a measure of the draft,
 * gives it a lead unit, a leader and a deadline, drops another, and accepts the draft into a new
 * campaign, whose ledger and measure page show the edits; a second upload is discarded. The units the
 * report states are the measures' units marked 建议 until the office confirms them one by one, for the
 * measures it ticks or for all, or rejects one; without JavaScript the same forms post themselves.
 */
class ImportDraftEditsBrowserIntegrationTest extends InBrowser {

    @Autowired
    MeasureService measures;

    @TempDir
    Path files;

    Actor office;
    String tag;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        tag = UUID.randomUUID().toString().substring(0, 8);
        signIn(office);
    }

    @Test
    void theOfficeEditsTheDraftAndAcceptsItIntoANewCampaign() throws Exception {
        String campaign = "导入测试-" + tag;
        ImportsScreen imports = new ImportsScreen(browser);
        imports.upload(report("report.txt"), campaign, 2021);
        assertThat(imports.summary()).contains("新建任务“" + campaign + "”");
        List<String> keys = imports.measureKeys();
        assertThat(keys).hasSize(3);

        String kept = keys.get(0);
        String title = "建立整改工作专班并逐项销号";
        imports.retitle(kept, title);
        assertThat(imports.measure(kept)).contains(title);
        imports.lead(kept, "赤峰市");
        assertThat(imports.measure(kept)).contains("赤峰市");
        imports.duty(kept, "张副主席", LocalDate.of(2021, 12, 31));
        assertThat(imports.measure(kept)).contains("张副主席", "2021-12-31");
        imports.drop(keys.get(1));
        assertThat(imports.measureKeys()).hasSize(2).doesNotContain(keys.get(1));

        imports.accept();
        LedgerScreen ledger =
                new LedgerScreen(browser, browser.driver().getCurrentUrl().replaceAll("^.*?(/ledger)", "$1"));
        assertThat(ledger.titles()).hasSize(2).anySatisfy(t -> assertThat(t).contains(title));
        browser.click(browser.find(By.partialLinkText(title)));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/measures/(\\d+).*", "$1"));
        MeasureScreen page = new MeasureScreen(browser, id);
        assertThat(page.fact("牵头单位")).contains("赤峰市");
        assertThat(page.fact("责任领导")).isEqualTo("张副主席");
        Measure stored = measures.get(office.user(), id);
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(stored.leadOrgId()).isEqualTo(fixtures.org("赤峰市").id());
    }

    @Test
    void theOfficeConfirmsOrRejectsTheSuggestedUnitsOneByOneOrAllAtOnce() throws Exception {
        ImportsScreen imports = new ImportsScreen(browser);
        imports.upload(statedUnits("units.txt"), "导入建议单位-" + tag, 2021);
        List<String> keys = imports.measureKeys();
        assertThat(keys).hasSize(3);
        String approvals = keys.get(0);
        String agencies = keys.get(1);
        String online = keys.get(2);

        // What the report names is the measure's units at once, each marked 建议 with the report's words.
        assertThat(imports.units(approvals, "牵头单位")).containsExactly("自治区发展和改革委员会");
        assertThat(imports.units(approvals, "配合单位")).containsExactly("自治区财政厅");
        assertThat(imports.unconfirmed(approvals))
                .containsExactly("牵头单位 自治区发展和改革委员会 原文：自治区发展改革委", "配合单位 自治区财政厅 原文：自治区财政厅");
        assertThat(imports.unconfirmedNote()).isEqualTo("还有 3 项措施的建议单位未确认，写入后仍可在台账中修改");

        imports.acceptSuggestion(approvals, "自治区发展和改革委员会");
        // htmx sent it and loaded the page again (a plain form's redirect goes to the measure's anchor).
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("#");
        assertThat(imports.units(approvals, "牵头单位")).containsExactly("自治区发展和改革委员会");
        assertThat(imports.unconfirmed(approvals)).containsExactly("配合单位 自治区财政厅 原文：自治区财政厅");
        assertThat(imports.feedback(approvals)).isEqualTo("已采纳建议单位");
        imports.rejectSuggestion(approvals, "自治区财政厅");
        assertThat(imports.unconfirmed(approvals)).isEmpty();
        assertThat(imports.units(approvals, "配合单位")).isEmpty();
        assertThat(imports.messages()).containsExactly("已不采纳这个建议单位，它已不是这项措施的单位");

        // A lead set by hand replaces the one suggested; the co-unit left in place keeps its mark.
        imports.lead(agencies, "通辽市");
        assertThat(imports.unconfirmed(agencies)).containsExactly("配合单位 赤峰市 原文：赤峰市");
        assertThat(imports.unconfirmedNote()).isEqualTo("还有 2 项措施的建议单位未确认，写入后仍可在台账中修改");

        imports.acceptAllSuggestions();
        assertThat(imports.unconfirmed(agencies)).isEmpty();
        assertThat(imports.unconfirmed(online)).isEmpty();
        assertThat(imports.units(online, "牵头单位")).containsExactly("自治区发展和改革委员会");
        assertThat(imports.unconfirmedNote()).isEmpty();
        // Nothing is left to confirm: the bulk form is gone and its message stands at the top.
        assertThat(imports.pageMessage()).isEqualTo("已采纳全部措施的建议单位");
        assertThat(imports.messages()).containsExactly("已采纳全部措施的建议单位");
        assertThat(browser.cspViolations()).isEmpty();

        imports.accept();
        String ledger = browser.driver().getCurrentUrl().replaceAll("^.*?(/ledger)", "$1");
        Measure first = ledgerMeasure(ledger, "精简审批事项");
        assertThat(first.leadOrgId()).isEqualTo(fixtures.org("自治区发展和改革委员会").id());
        assertThat(first.coUnitIds()).isEmpty();
        Measure second = ledgerMeasure(ledger, "规范中介服务");
        assertThat(second.leadOrgId()).isEqualTo(fixtures.org("通辽市").id());
        assertThat(second.coUnitIds()).containsExactly(fixtures.org("赤峰市").id());
        assertThat(ledgerMeasure(ledger, "推行网上审批").leadOrgId())
                .isEqualTo(fixtures.org("自治区发展和改革委员会").id());
    }

    @Test
    void withoutJavaScriptASuggestionIsConfirmedOrRejectedAndAStatusSetWithTheMessageBesideTheMeasure()
            throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            plain.find(By.cssSelector("nav[aria-label='主导航']"));
            ImportsScreen imports = new ImportsScreen(plain);
            imports.upload(statedUnits("plain.txt"), "导入无脚本-" + tag, 2021);
            List<String> keys = imports.measureKeys();
            String agencies = keys.get(1);
            String online = keys.get(2);
            imports.acceptSuggestion(agencies, "赤峰市");
            assertThat(plain.driver().getCurrentUrl()).endsWith("#draft-" + agencies);
            assertThat(imports.units(agencies, "配合单位")).containsExactly("赤峰市");
            assertThat(imports.unconfirmed(agencies)).containsExactly("牵头单位 自治区财政厅 原文：自治区财政厅");
            assertThat(imports.feedback(agencies)).isEqualTo("已采纳建议单位");
            imports.tick(agencies).acceptSelectedSuggestions();
            assertThat(imports.unconfirmed(agencies)).isEmpty();
            assertThat(imports.units(agencies, "牵头单位")).containsExactly("自治区财政厅");
            assertThat(imports.feedback("suggestions")).isEqualTo("已采纳所选 1 项措施的建议单位");
            imports.rejectSuggestion(online, "自治区发展和改革委员会");
            assertThat(plain.driver().getCurrentUrl()).endsWith("#draft-" + online);
            assertThat(imports.fact(online, "牵头单位")).isEqualTo("未设定");
            assertThat(imports.unconfirmedNote()).isEqualTo("还有 1 项措施的建议单位未确认，写入后仍可在台账中修改");
            imports.status(agencies, "未启动");
            assertThat(imports.fact(agencies, "状态")).isEqualTo("由整改办设定：未启动");
            assertThat(imports.feedback(agencies)).isEqualTo("已设状态：未启动");
            assertThat(imports.messages()).containsExactly("已设状态：未启动");
        }
    }

    @Test
    void aDiscardedDraftIsListedAsDiscarded() throws Exception {
        ImportsScreen imports = new ImportsScreen(browser);
        long draft = imports.upload(report("discarded.txt"), "放弃测试-" + tag, 2021);
        assertThat(imports.discard(draft)).contains("discarded.txt", "已放弃");
    }

    /** The ledger's measure of this title, reached by its link as a person does. */
    private Measure ledgerMeasure(String ledger, String title) {
        new LedgerScreen(browser, ledger);
        browser.click(browser.find(By.partialLinkText(title)));
        return measures.get(
                office.user(),
                Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/measures/(\\d+).*", "$1")));
    }

    /** One problem of three measures whose units the report states: a lead and a co-unit, a lead and a city, a lead. */
    private Path statedUnits(String name) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, """
                （一）关于项目审批效率不高的问题
                1.精简审批事项。牵头单位：自治区发展改革委；配合单位：自治区财政厅。
                2.规范中介服务。牵头单位：自治区财政厅；配合单位：赤峰市。
                3.推行网上审批，报送编号 %s。牵头单位：自治区发展改革委。
                """.formatted(tag), StandardCharsets.UTF_8);
        return file;
    }

    /** A report of two problems and three measures, unique to the test so it is never taken for one imported before. */
    private Path report(String name) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, """
                （一）加强组织领导
                1.落实整改责任不到位。一是建立工作专班，逐项销号。二是完善督办制度，按月通报。
                2.重点任务推进缓慢。一是新建污水处理设施12座。
                报送编号 %s
                """.formatted(tag), StandardCharsets.UTF_8);
        return file;
    }
}
