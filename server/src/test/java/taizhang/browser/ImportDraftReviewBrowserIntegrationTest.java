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
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;

/**
 * The rest of 导入报告's draft review in a real browser, beside {@link ImportDraftEditsBrowserIntegrationTest}:
 * the office reshapes problems and measures (titles, merge, split, add, drop), corrects statuses and
 * figures and sets one duty for every measure, and confirms or declines the matches a later report
 * gets onto the ledger; each act's message stands beside the item acted on, replacing the one before,
 * and the ledger after 确认写入台账 holds what the page showed.
 */
class ImportDraftReviewBrowserIntegrationTest extends InBrowser {

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
    void theOfficeReshapesProblemsAndMeasuresAndTheLedgerTakesTheNewOutline() throws Exception {
        String campaign = "导入结构-" + tag;
        ImportsScreen imports = new ImportsScreen(browser);
        imports.upload(report("outline.txt", """
                        1.落实整改责任不到位。一是建立工作专班，逐项销号。二是完善督办制度，按月通报。
                        2.重点任务推进缓慢。一是新建污水处理设施12座，改造老旧管网30公里。
                        3.宣传引导不够。一是开展专题宣传活动。
                        """), campaign, 2021);
        List<String> problems = imports.problemKeys();
        assertThat(problems).hasSize(3);
        String first = problems.get(0);
        String second = problems.get(1);
        String third = problems.get(2);
        List<String> firstMeasures = imports.measureKeys(first);
        assertThat(firstMeasures).hasSize(2);
        assertThat(imports.measureName(firstMeasures.get(1))).isEqualTo("措施 1-2");
        String sewage = imports.measureKeys(second).get(0);
        String publicity = imports.measureKeys(third).get(0);

        // The last measure of a problem has no next one: the refusal stands beside it, in red.
        imports.mergeWithNext(publicity);
        assertThat(imports.feedback(publicity)).contains("没有下一项可合并");
        assertThat(browser.find(By.id("feedback-" + publicity)).getAttribute("class"))
                .contains("alert-error");

        imports.retitleProblem(first, "落实整改主体责任不到位");
        assertThat(imports.problemTitle(first)).isEqualTo("1. 落实整改主体责任不到位");
        assertThat(imports.feedback(first)).isEqualTo("已改问题标题");
        assertThat(imports.messages()).containsExactly("已改问题标题");

        String team = firstMeasures.get(0);
        imports.mergeWithNext(team);
        assertThat(imports.measureKeys(first)).containsExactly(team);
        assertThat(imports.measureText(team)).contains("逐项销号", "按月通报");
        assertThat(imports.feedback(team)).isEqualTo("已与下一项合并");
        assertThat(imports.messages()).containsExactly("已与下一项合并");

        String text = imports.measureText(sewage);
        imports.split(sewage, text.indexOf("改造"));
        List<String> split = imports.measureKeys(second);
        assertThat(split).hasSize(2).startsWith(sewage);
        String pipes = split.get(1);
        assertThat(imports.measureTitle(pipes)).isEqualTo("2. 改造老旧管网30公里");
        assertThat(imports.measureText(sewage)).contains("新建污水处理设施12座").doesNotContain("改造");
        assertThat(imports.readings(sewage)).singleElement().asString().contains("12");
        assertThat(imports.readings(pipes)).singleElement().asString().contains("30");
        assertThat(imports.feedback(sewage)).isEqualTo("已拆成两项");
        imports.retitle(sewage, "新建污水处理设施12座");

        imports.addProblemAfter(second, "档案管理不规范");
        List<String> withNew = imports.problemKeys();
        assertThat(withNew).hasSize(4);
        String added = withNew.get(2);
        assertThat(imports.problemTitle(added)).contains("档案管理不规范");
        assertThat(imports.feedback(second)).isEqualTo("已在其后添加问题");
        imports.addMeasure(added, "建立档案管理制度");
        assertThat(imports.measureKeys(added))
                .singleElement()
                .satisfies(key -> assertThat(imports.measureTitle(key)).isEqualTo("1. 建立档案管理制度"));
        assertThat(imports.feedback(added)).isEqualTo("已添加措施");

        imports.dropProblem(third);
        assertThat(imports.problemKeys()).containsExactly(first, second, added);
        assertThat(imports.pageMessage()).isEqualTo("已删除问题及其措施");
        assertThat(imports.messages()).containsExactly("已删除问题及其措施");
        assertThat(imports.summary()).contains("3 个问题 · 4 项措施");

        imports.accept();
        long campaignId = campaignIdOfLedger();
        assertThat(new LedgerScreen(browser, "/ledger?campaign=" + campaignId).titles())
                .containsExactlyInAnyOrder("建立工作专班，逐项销号", "新建污水处理设施12座", "改造老旧管网30公里", "建立档案管理制度");
        browser.open("/campaigns/" + campaignId);
        assertThat(CampaignsScreen.onCurrentPage(browser).problems())
                .containsExactly("落实整改主体责任不到位", "重点任务推进缓慢", "档案管理不规范");
    }

    @Test
    void theOfficeSetsStatusesFiguresAndOneDutyForAllAndTheLedgerKeepsThem() throws Exception {
        ImportsScreen imports = new ImportsScreen(browser);
        imports.upload(report("status.txt", """
                        1.就业帮扶不到位。一是新增就业17.6万人，完成年度计划的88%。二是开展职业技能培训，已完成整改。
                        2.生态修复滞后。一是推进矿山生态修复治理。
                        """), "导入状态-" + tag, 2021);
        List<String> keys = imports.measureKeys();
        assertThat(keys).hasSize(3);
        String jobs = keys.get(0);
        String training = keys.get(1);
        String mines = keys.get(2);

        // The reader's suggestion, with the words it rests on; a measure without such words says so.
        assertThat(imports.fact(training, "建议状态")).isEqualTo("已完成（依据：已完成整改）");
        assertThat(imports.chosenStatus(training)).isEqualTo("已完成");
        assertThat(imports.fact(mines, "建议状态")).isEqualTo("文中没有说明进展的短语，暂按推进中，请确认");
        imports.status(mines, "基本完成");
        assertThat(imports.chosenStatus(mines)).isEqualTo("基本完成");
        // Set by the office, the status no longer reads as the text's guess; the text's own stays as it was.
        assertThat(imports.fact(mines, "状态")).isEqualTo("由整改办设定：基本完成");
        assertThat(imports.measure(mines)).doesNotContain("文中没有说明进展的短语", "暂按");
        assertThat(imports.fact(training, "建议状态")).isEqualTo("已完成（依据：已完成整改）");
        assertThat(imports.feedback(mines)).isEqualTo("已设状态：基本完成");

        // 17.6万人 read as 176000 人 with the plan's target worked out from 88%; the office keeps 万人 and no target.
        assertThat(imports.readings(jobs)).hasSize(2);
        imports.editReading(jobs, 0, "城镇新增就业", "17.6", "万人");
        assertThat(imports.readings(jobs).get(0)).startsWith("城镇新增就业 | 17.6 | 万人 | 2021");
        assertThat(imports.feedback(jobs)).isEqualTo("已修改数据");
        imports.dropReading(jobs, 1);
        assertThat(imports.readings(jobs)).singleElement().asString().startsWith("城镇新增就业");
        assertThat(imports.feedback(jobs)).isEqualTo("已删除数据");
        assertThat(imports.messages()).containsExactly("已删除数据");

        imports.dutyForAll("李副主席", LocalDate.of(2021, 12, 31), "限期整改");
        assertThat(keys).allSatisfy(key -> assertThat(imports.measure(key)).contains("李副主席", "2021-12-31", "限期整改"));
        assertThat(imports.feedback("all")).isEqualTo("已为全部措施设领导和时限");

        imports.accept();
        String ledger = "/ledger?campaign=" + campaignIdOfLedger();
        MeasureScreen job = openFromLedger(ledger, "新增就业17.6万人");
        assertThat(job.status()).isEqualTo("推进中");
        assertThat(job.fact("责任领导")).isEqualTo("李副主席");
        assertThat(job.indicators())
                .singleElement()
                .asString()
                .startsWith("城镇新增就业（目标 未设")
                .contains("17.6");
        MeasureScreen trained = openFromLedger(ledger, "开展职业技能培训");
        assertThat(trained.status()).isEqualTo("已完成");
        MeasureScreen mine = openFromLedger(ledger, "推进矿山生态修复治理");
        assertThat(mine.status()).isEqualTo("基本完成");
        assertThat(mine.deadline()).contains("2021-12-31");
    }

    @Test
    void aLaterReportLandsOnTheLedgerOnlyAsTheOfficeConfirmsItsMatches() throws Exception {
        String campaign = "导入对应-" + tag;
        ImportsScreen imports = new ImportsScreen(browser);
        imports.upload(report("first.txt", "1.落实整改责任不到位。一是建立工作专班，逐项销号。二是完善督办制度，按月通报。\n"), campaign, 2021);
        imports.accept();
        String ledger = "/ledger?campaign=" + campaignIdOfLedger();
        long team = measureId(ledger, "建立工作专班，逐项销号");

        imports = new ImportsScreen(browser);
        imports.uploadTo(
                report("later.txt", "1.落实整改责任不到位。一是建立整改工作专班，逐项对账销号，已完成整改。二是完善督办通报制度，每月通报进展。三是开展回头看检查。\n"), campaign);
        assertThat(imports.summary()).contains("更新已有任务");
        List<String> keys = imports.measureKeys();
        assertThat(keys).hasSize(3);
        String teamAgain = keys.get(0);
        String reporting = keys.get(1);
        assertThat(imports.match(teamAgain)).startsWith("对应已有措施：建立工作专班，逐项销号");
        assertThat(imports.match(reporting)).startsWith("对应已有措施：完善督办制度，按月通报");

        assertThat(imports.acceptRefused()).contains("对应关系不确定", teamAgain, reporting);

        imports.confirmMatch(teamAgain);
        assertThat(imports.feedback(teamAgain)).isEqualTo("已确认对应");
        assertThat(browser.find(By.cssSelector("#draft-" + teamAgain + " .match"))
                        .getAttribute("class"))
                .contains("sure");
        assertThat(browser.driver().findElements(By.cssSelector("#draft-" + teamAgain + " .match button")))
                .isEmpty();
        imports.importAsNew(reporting);
        assertThat(browser.driver().findElements(By.cssSelector("#draft-" + reporting + " .match")))
                .isEmpty();
        assertThat(imports.feedback(reporting)).isEqualTo("已改为新增，写入台账时新建");
        assertThat(imports.messages()).hasSize(1);

        imports.accept();
        assertThat(new LedgerScreen(browser, ledger).titles())
                .containsExactlyInAnyOrder("建立工作专班，逐项销号", "完善督办制度，按月通报", "完善督办通报制度，每月通报进展", "开展回头看检查");
        assertThat(new MeasureScreen(browser, team).status()).isEqualTo("已完成");
        assertThat(measures.get(office.user(), team).status()).isEqualTo(MeasureStatus.DONE);
    }

    /** The campaign whose ledger the browser shows (where 确认写入台账 leads). */
    private long campaignIdOfLedger() {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]campaign=(\\d+).*", "$1"));
    }

    /** Opens the ledger, clicks the measure's title and returns its page. */
    private MeasureScreen openFromLedger(String ledger, String title) {
        return new MeasureScreen(browser, measureId(ledger, title));
    }

    /** The id of the measure the ledger lists under this title, as its link leads to it. */
    private long measureId(String ledger, String title) {
        new LedgerScreen(browser, ledger);
        browser.find(By.partialLinkText(title)).click();
        browser.waitUntilUrlContains("/measures/");
        browser.waitForIdle();
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/measures/(\\d+).*", "$1"));
    }

    /** A report under one section heading, its last line unique to the test so it is never taken for one imported before. */
    private Path report(String name, String problems) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, "（一）加强组织领导\n" + problems + "报送编号 " + tag + "-" + name + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
