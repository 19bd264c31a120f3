package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static taizhang.extract.input.LedgerFiles.ABOVE;
import static taizhang.extract.input.LedgerFiles.LEFT;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.entity.MeasureFields;
import taizhang.extract.entity.Status;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.input.LedgerFiles.Numbered;
import taizhang.extract.input.LedgerFiles.RichCell;
import taizhang.extract.input.LedgerFiles.Table;
import taizhang.extract.input.LedgerFiles.Worksheet;
import taizhang.extract.structure.Layout;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Section;
import taizhang.extract.structure.Structure;

/**
 * Word, Excel and web 整改台账 in the shapes other bodies' ledgers take: titles and notes around the
 * table, two-row headers, merged cells, section rows, several tables or worksheets, unit, deadline
 * and progress columns. The files are constructed in the test from excerpts shaped like real
 * ledgers; they are not real documents.
 */
class LedgerShapesTest {

    private static final String[] HEADER = {"序号", "问题", "整改措施", "责任单位", "整改时限"};
    private static final String[] FIRST = {"1", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"};
    private static final String[] FIRST_MORE = {ABOVE, ABOVE, "明确专人负责", "办公室", "2021年底前"};
    private static final String[] SECOND = {"2", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"};
    private static final List<String> OUTLINE = List.of("1 党组会议记录不规范: 规范会议记录 | 明确专人负责", "2 固定资产账实不符: 开展资产清查");
    private static final List<String> TITLES = List.of("党组会议记录不规范: 规范会议记录 | 明确专人负责", "固定资产账实不符: 开展资产清查");

    @Test
    void aTitleAFilingLineAndAttachmentAboveTheHeaderAndNotesBelowInWord() {
        Report report = docx(
                "附件2",
                "中共××局党组关于巡察反馈问题整改落实情况台账",
                "填报单位：××局党组（盖章）        填报日期：2021年7月5日",
                new Table(new String[][] {HEADER, FIRST, FIRST_MORE, SECOND}),
                "备注：1.本表由各责任单位填写。2.完成时限为最后期限。",
                "填表说明：已完成的事项请附佐证材料。");
        assertThat(outline(report)).containsExactlyElementsOf(OUTLINE);
        Report titledInside = docx(new Table(new String[][] {
            {"中共××局党组关于巡察反馈问题整改落实情况台账", LEFT, LEFT, LEFT, LEFT},
            HEADER,
            FIRST,
            FIRST_MORE,
            SECOND,
            {"备注：本表由各责任单位填写。", LEFT, LEFT, LEFT, LEFT}
        }));
        assertThat(outline(titledInside)).containsExactlyElementsOf(OUTLINE);
    }

    @Test
    void aTitleRowAFilingRowAndANotesRowInsideTheSheet() {
        Report report = xlsx(new Worksheet("整改台账", new Object[][] {
            {"中共××局党组关于巡察反馈问题整改落实情况台账", LEFT, LEFT, LEFT, LEFT},
            {"填报单位：××局党组", LEFT, "", "填报日期：2021年7月5日", LEFT},
            HEADER,
            FIRST,
            FIRST_MORE,
            SECOND,
            {"备注：1.本表由各责任单位填写。2.完成时限为最后期限。", LEFT, LEFT, LEFT, LEFT},
            {"填报人：张三", "", "", "审核人：李四", ""}
        }));
        assertThat(outline(report)).containsExactlyElementsOf(OUTLINE);
    }

    @Test
    void headerCellsWithSpacesAndLineBreaksInside() {
        String[] header = {"序  号", "问 题", "整 改 措 施", "责任\n单位", "完成时限\n（节点）"};
        Report report = docx(new Table(new String[][] {header, FIRST, FIRST_MORE, SECOND}));
        assertThat(outline(report)).containsExactlyElementsOf(OUTLINE);
        assertThat(fields(report).get(2).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
        Report sheet = xlsx(new Worksheet(
                "台账", new Object[][] {{"序　号", "问　题", "整　改　措　施", "责任\n单位", "整改\n时限"}, FIRST, FIRST_MORE, SECOND}));
        assertThat(outline(sheet)).containsExactlyElementsOf(OUTLINE);
        assertThat(fields(sheet).get(0).leadUnits()).containsExactly("办公室");
    }

    @Test
    void aTwoRowHeaderWithAMergedGroupCellInWord() {
        Report report = docx(new Table(new String[][] {
            {"序号", "问题", "整改措施", "责任主体", LEFT, "整改时限"},
            {ABOVE, ABOVE, ABOVE, "牵头单位", "配合单位", ABOVE},
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "综合科", "立行立改"},
            {"2", "固定资产账实不符", "开展资产清查", "财务科", "审计科", "2021年6月30日"}
        }));
        assertTwoRowHeader(report);
    }

    @Test
    void aTwoRowHeaderWithAMergedGroupCellInExcel() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "问题", "整改措施", "责任主体", LEFT, "整改时限"},
            {ABOVE, ABOVE, ABOVE, "牵头单位", "配合单位", ABOVE},
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "综合科", "立行立改"},
            {"2", "固定资产账实不符", "开展资产清查", "财务科", "审计科", "2021年6月30日"}
        }));
        assertTwoRowHeader(report);
    }

    private static void assertTwoRowHeader(Report report) {
        assertThat(outline(report)).containsExactly("1 党组会议记录不规范: 规范会议记录", "2 固定资产账实不符: 开展资产清查");
        List<MeasureFields> fields = fields(report);
        assertThat(fields.get(1).leadUnits()).containsExactly("财务科");
        assertThat(fields.get(1).coUnits()).containsExactly("审计科");
        assertThat(fields.get(1).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(fields.get(0).type()).isEqualTo(MeasureFields.DeadlineType.IMMEDIATE);
    }

    @Test
    void columnsInAnotherOrderWithColumnsTheReaderDoesNotKnow() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "问题来源", "问题类型", "问题描述", "整改类型", "责任单位", "整改措施", "完成时限", "是否销号", "备注"},
            {"1", "巡察反馈", "党的建设", "党组会议记录不规范", "立行立改", "办公室", "规范会议记录", "2021年底前", "是", ""},
            {"2", "审计发现", "财务管理", "固定资产账实不符", "限期整改", "财务科", "开展资产清查", "2021年6月30日", "否", "已报局党组"}
        }));
        assertThat(outline(report)).containsExactly("1 党组会议记录不规范: 规范会议记录", "2 固定资产账实不符: 开展资产清查");
        assertThat(fields(report).get(1).leadUnits()).containsExactly("财务科");
        assertThat(fields(report).get(1).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void numbersWrittenInTheWaysLedgersWriteThem() {
        Report report = docx(new Table(new String[][] {
            HEADER,
            {"1.", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
            {"", "", "明确专人负责", "办公室", "2021年底前"},
            {"（二）", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"},
            {"三", "公务用车管理不严", "修订车辆管理办法", "办公室", "2021年9月底前"}
        }));
        assertThat(outline(report))
                .containsExactly("1 党组会议记录不规范: 规范会议记录 | 明确专人负责", "2 固定资产账实不符: 开展资产清查", "3 公务用车管理不严: 修订车辆管理办法");
    }

    @Test
    void chineseNumbersRestartUnderEachSection() {
        Report report = docx(new Table(new String[][] {
            HEADER,
            {"一、政治建设方面", LEFT, LEFT, LEFT, LEFT},
            {"（一）", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
            {"（二）", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"},
            {"二、组织建设方面", LEFT, LEFT, LEFT, LEFT},
            {"（一）", "公务用车管理不严", "修订车辆管理办法", "办公室", "2021年9月底前"}
        }));
        assertThat(outline(report))
                .containsExactly("1 党组会议记录不规范: 规范会议记录", "2 固定资产账实不符: 开展资产清查", "1 公务用车管理不严: 修订车辆管理办法");
        assertThat(report.structure().problems()).extracting(p -> p.section()).containsExactly(0, 0, 1);
    }

    @Test
    void headerWordsOfInspectionAndHazardLedgers() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "巡察反馈意见", "整改要求", "主责单位", "协办单位", "时间节点", "推进情况"},
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "综合科", "2021年底前", "已完成"},
            {"2", "固定资产账实不符", "开展资产清查", "财务科", "审计科", "2021年6月30日", "序时推进"}
        }));
        assertThat(outline(report)).containsExactly("1 党组会议记录不规范: 规范会议记录", "2 固定资产账实不符: 开展资产清查");
        assertThat(fields(report).get(1).coUnits()).containsExactly("审计科");
        assertThat(fields(report).get(1).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(report.statuses()).extracting(StatusCue::status).containsExactly(Status.DONE, Status.IN_PROGRESS);
        Report hazards = xlsx(new Worksheet("隐患", new Object[][] {
            {"序号", "隐患描述", "整改措施", "责任人", "整改期限"},
            {"1", "消防通道堆放杂物", "立即清理杂物", "张三", "立行立改"}
        }));
        assertThat(outline(hazards)).containsExactly("1 消防通道堆放杂物: 立即清理杂物");
    }

    @Test
    void aProblemCellMergedOverMeasureRowsThatAreNumberedThemselves() {
        Report report = docx(new Table(new String[][] {
            {"序号", "存在问题", "整改措施", "责任单位", "整改时限"},
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
            {"2", ABOVE, "明确专人负责", "办公室", "2021年底前"},
            {"3", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}
        }));
        assertThat(titlesOnly(report)).containsExactlyElementsOf(TITLES);
    }

    @Test
    void aProblemRepeatedOrLeftBlankOnFollowUpRows() {
        Report repeated = xlsx(new Worksheet("台账", new Object[][] {
            HEADER,
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
            {"2", "党组会议记录不规范", "明确专人负责", "办公室", "2021年底前"},
            {"3", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}
        }));
        assertThat(titlesOnly(repeated)).containsExactlyElementsOf(TITLES);
        Report blank = docx(new Table(new String[][] {
            HEADER,
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
            {"", "", "明确专人负责", "办公室", "2021年底前"},
            {"2", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}
        }));
        assertThat(outline(blank)).containsExactlyElementsOf(OUTLINE);
    }

    @Test
    void unitDeadlineAndProgressCellsMergedOverAProblemsMeasureRowsHoldForEachMeasure() {
        Report report = docx(new Table(new String[][] {
            {"序号", "问题", "整改措施", "责任单位", "整改时限", "完成情况"},
            {"1", "党组会议记录不规范", "规范会议记录", "办公室", "2021年底前", "已完成"},
            {ABOVE, ABOVE, "明确专人负责", ABOVE, ABOVE, ABOVE},
            {"2", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日", "正在推进"},
            {"合计", LEFT, "2个问题3项措施", "", "", ""}
        }));
        assertThat(outline(report))
                .containsExactlyElementsOf(List.of("1 党组会议记录不规范: 规范会议记录 | 明确专人负责", "2 固定资产账实不符: 开展资产清查"));
        List<MeasureFields> fields = fields(report);
        assertThat(fields)
                .extracting(MeasureFields::leadUnits)
                .containsExactly(List.of("办公室"), List.of("办公室"), List.of("财务科"));
        assertThat(fields.get(1).deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(report.statuses())
                .extracting(StatusCue::status)
                .containsExactly(Status.DONE, Status.DONE, Status.IN_PROGRESS);
    }

    @Test
    void severalMeasuresInOneCellAreSplitUnderTheRowsProblem() {
        Report report = docx(new Table(new String[][] {
            HEADER,
            {"1", "党组会议记录不规范", "1.规范会议记录。\n2.明确专人负责。\n3.开展专项检查。", "办公室", "2021年底前"},
            {"2", "固定资产账实不符", "一是开展资产清查，逐项登记。二是建立资产台账。", "财务科", "2021年6月30日"},
            {"3", "公务用车管理不严", "（1）修订车辆管理办法；\n（2）实行派车单制度。", "办公室", "2021年9月底前"},
            {"4", "意识形态责任制落实不力", "（一）压实工作责任。（二）开展专项检查。", "办公室", "2021年底前"},
            {"5", "基层党建基础薄弱", "第一，规范组织生活；第二，建强支部班子。", "办公室", "2021年底前"}
        }));
        assertThat(outline(report))
                .containsExactly(
                        "1 党组会议记录不规范: 规范会议记录 | 明确专人负责 | 开展专项检查",
                        "2 固定资产账实不符: 开展资产清查，逐项登记 | 建立资产台账",
                        "3 公务用车管理不严: 修订车辆管理办法 | 实行派车单制度",
                        "4 意识形态责任制落实不力: 压实工作责任 | 开展专项检查",
                        "5 基层党建基础薄弱: 规范组织生活 | 建强支部班子");
        assertThat(fields(report)).hasSize(11);
        assertThat(fields(report).get(4).leadUnits()).containsExactly("财务科");
    }

    @Test
    void sectionRowsSpanningAllColumnsGroupTheProblemsInWord() {
        Report report = docx(new Table(new String[][] {
            HEADER,
            {"一、政治建设方面", LEFT, LEFT, LEFT, LEFT},
            FIRST,
            FIRST_MORE,
            {"二、组织建设方面", LEFT, LEFT, LEFT, LEFT},
            SECOND
        }));
        assertSections(report);
    }

    @Test
    void sectionRowsSpanningAllColumnsGroupTheProblemsInExcelWithOrWithoutTheirNumber() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            HEADER, {"一、政治建设方面", LEFT, LEFT, LEFT, LEFT}, FIRST, FIRST_MORE, {"组织建设方面", LEFT, LEFT, LEFT, LEFT}, SECOND
        }));
        assertSections(report);
    }

    @Test
    void sectionRowsOfAWebTableSpanAllColumns() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
                + "<tr><td>序号</td><td>问题</td><td>整改措施</td><td>责任单位</td><td>整改时限</td></tr>"
                + "<tr><td colspan=\"5\">一、政治建设方面</td></tr>"
                + "<tr><td>1</td><td>党组会议记录不规范</td><td>规范会议记录</td><td>办公室</td><td>立行立改</td></tr>"
                + "<tr><td colspan=\"5\">二、组织建设方面</td></tr>"
                + "<tr><td>2</td><td>固定资产账实不符</td><td>开展资产清查</td><td>财务科</td><td>2021年6月30日</td></tr>"
                + "</table></body></html>";
        Report report = Extractor.extract(
                html.getBytes(StandardCharsets.UTF_8), Hints.ofFile("t.html").withReportYear(2021));
        assertThat(outline(report)).containsExactly("1 党组会议记录不规范: 规范会议记录", "2 固定资产账实不符: 开展资产清查");
        assertThat(report.structure().sections()).extracting(Section::title).containsExactly("政治建设方面", "组织建设方面");
    }

    @Test
    void aWebTableAsWordExportsItWithParagraphsInCellsAndMergedCells() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">"
                + "<p class=\"MsoNormal\" align=\"center\">中共××局党组关于巡察反馈问题整改落实情况台账</p>"
                + "<table class=\"MsoTableGrid\" border=\"1\">"
                + "<tr><td rowspan=\"2\"><p>序号</p></td><td rowspan=\"2\"><p>问 题</p></td>"
                + "<td rowspan=\"2\"><p>整改措施</p></td><td colspan=\"2\"><p>责任主体</p></td>"
                + "<td rowspan=\"2\"><p>整改<br>时限</p></td></tr>"
                + "<tr><td><p>牵头单位</p></td><td><p>配合单位</p></td></tr>"
                + "<tr><td><p>1</p></td><td rowspan=\"2\"><p>党组会议记录不规范</p></td>"
                + "<td><p>1.规范会议记录；</p><p>2.明确专人负责。</p></td><td><p>办公室</p></td><td></td>"
                + "<td><p>立行立改</p></td></tr>"
                + "<tr><td><p>2</p></td><td><p>开展专项检查</p></td><td><p>办公室</p></td>"
                + "<td><p>综合科</p><p>财务科</p></td><td><p>2021年底前</p></td></tr>"
                + "<tr><td><p>3</p></td><td><p>固定资产账实不符</p></td><td><p>开展资产清查</p></td>"
                + "<td><p>财务科</p></td><td><p>审计科</p></td><td><p>2021年6月30日</p></td></tr>"
                + "</table><p>备注：本表由各责任单位填写。</p></div></body></html>";
        Report report = Extractor.extract(
                html.getBytes(StandardCharsets.UTF_8), Hints.ofFile("t.html").withReportYear(2021));
        assertThat(report.structure().layout()).isEqualTo(Layout.TABLE);
        assertThat(titlesOnly(report)).containsExactly("党组会议记录不规范: 规范会议记录 | 明确专人负责 | 开展专项检查", "固定资产账实不符: 开展资产清查");
        List<MeasureFields> fields = fields(report);
        assertThat(fields.get(2).coUnits()).containsExactly("综合科", "财务科");
        assertThat(fields.get(2).deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(fields.get(3).leadUnits()).containsExactly("财务科");
        assertThat(fields.get(3).coUnits()).containsExactly("审计科");
        assertThat(fields.get(3).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void aCategoryColumnMergedOverItsProblemsGroupsThemInWordAndExcel() {
        String[][] rows = {
            {"序号", "问题类别", "问题", "整改措施", "责任单位", "整改时限"},
            {"1", "政治建设方面", "党组会议记录不规范", "规范会议记录", "办公室", "立行立改"},
            {ABOVE, ABOVE, ABOVE, "明确专人负责", "办公室", "2021年底前"},
            {"2", "组织建设方面", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}
        };
        assertSections(docx(new Table(rows)));
        assertSections(xlsx(new Worksheet("台账", rows)));
    }

    @Test
    void aCategoryRepeatedOnEachRowOrLeftBlankBelowStaysOneSection() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "问题分类", "存在问题", "整改措施", "责任部门"},
            {"1", "作风建设", "问题一", "措施一", "办公室"},
            {"2", "作风建设", "问题二", "措施二", "财务科"},
            {"3", "", "问题三", "措施三", "办公室"},
            {"4", "制度建设", "问题四", "措施四", "办公室"}
        }));
        assertThat(report.structure().sections()).extracting(Section::title).containsExactly("作风建设", "制度建设");
        assertThat(report.structure().problems()).extracting(Problem::section).containsExactly(0, 0, 0, 1);
    }

    @Test
    void aSourceOrLevelColumnIsNoSection() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "问题来源", "问题", "整改措施", "责任单位"},
            {"1", "巡察反馈", "问题一", "措施一", "办公室"},
            {"2", "自查发现", "问题二", "措施二", "财务科"}
        }));
        assertThat(report.structure().sections()).isEmpty();
        assertThat(report.structure().problems()).hasSize(2);
    }

    private static void assertSections(Report report) {
        assertThat(outline(report)).containsExactlyElementsOf(OUTLINE);
        Structure s = report.structure();
        assertThat(s.sections()).extracting(Section::title).containsExactly("政治建设方面", "组织建设方面");
        assertThat(s.problems()).extracting(p -> p.section()).containsExactly(0, 1);
    }

    @Test
    void severalTablesOnePerAspectWithTextBetween() {
        Report report = docx(
                "中共××局党组关于巡察反馈问题整改落实情况台账",
                "一、政治建设方面",
                "巡察反馈的政治建设方面问题共1个，已全部完成整改。",
                new Table(new String[][] {HEADER, FIRST, FIRST_MORE}),
                "二、组织建设方面",
                new Table(new String[][] {HEADER, {"1", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}}),
                "备注：本表由各责任单位填写。");
        assertThat(titlesOnly(report)).containsExactlyElementsOf(TITLES);
        assertThat(report.structure().sections()).extracting(Section::title).containsExactly("政治建设方面", "组织建设方面");
        assertThat(report.structure().problems()).extracting(p -> p.section()).containsExactly(0, 1);
    }

    @Test
    void theSameHeaderAgainGoesOnWithTheTableAndItsLastProblem() {
        Report report = docx(new Table(new String[][] {HEADER, FIRST}), new Table(new String[][] {
            HEADER, {"", "", "明确专人负责", "办公室", "2021年底前"}, SECOND
        }));
        assertThat(outline(report)).containsExactlyElementsOf(OUTLINE);
    }

    @Test
    void aWorkbookWithSeveralWorksheets() {
        Report report = xlsx(
                new Worksheet(
                        "政治建设", new Object[][] {{"政治建设方面问题整改台账", LEFT, LEFT, LEFT, LEFT}, HEADER, FIRST, FIRST_MORE}),
                new Worksheet("组织建设", new Object[][] {
                    {"组织建设方面问题整改台账", LEFT, LEFT, LEFT, LEFT}, HEADER, {"1", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}
                }));
        assertThat(titlesOnly(report)).containsExactlyElementsOf(TITLES);
    }

    @Test
    void aTypeColumnGivesTheMeasuresTypeBesideItsDate() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "问题", "整改措施", "责任单位", "整改时限", "整改类型"},
            {"1", "问题一", "建立长效机制", "办公室", "2021年12月31日", "长期坚持"},
            {"2", "问题二", "开展资产清查", "财务科", "2021年6月30日", "限期整改"},
            {"3", "问题三", "规范会议记录", "办公室", "", "立行立改"},
            {"4", "问题四", "修订管理办法", "办公室", "2021年底前", ""}
        }));
        List<MeasureFields> fields = fields(report);
        assertThat(fields)
                .extracting(MeasureFields::deadline, MeasureFields::type)
                .containsExactly(
                        Tuple.tuple(LocalDate.of(2021, 12, 31), MeasureFields.DeadlineType.CONTINUING),
                        Tuple.tuple(LocalDate.of(2021, 6, 30), MeasureFields.DeadlineType.DEADLINE),
                        Tuple.tuple(null, MeasureFields.DeadlineType.IMMEDIATE),
                        Tuple.tuple(LocalDate.of(2021, 12, 31), MeasureFields.DeadlineType.DEADLINE));
    }

    @Test
    void unitsLeadersAndPersonsFromTheirColumns() {
        Report report = docx(new Table(new String[][] {
            {"序号", "问题", "整改措施", "牵头单位", "配合单位", "责任领导", "责任人", "完成时限"},
            {"1", "党组会议记录不规范", "规范会议记录", "县住房和城乡建设局", "县财政局、县审计局；县人力资源和社会保障局", "王副局长", "张三", "2021年底前"},
            {"2", "固定资产账实不符", "开展资产清查", "县财政局\n县发展和改革局", "办公室和财务科，审计科", "李局长", "李四、王五", "2021.12"}
        }));
        List<MeasureFields> fields = fields(report);
        assertThat(fields.get(0).leadUnits()).containsExactly("县住房和城乡建设局");
        assertThat(fields.get(0).coUnits()).containsExactly("县财政局", "县审计局", "县人力资源和社会保障局");
        assertThat(fields.get(0).leader()).isEqualTo("王副局长");
        assertThat(fields.get(0).person()).isEqualTo("张三");
        assertThat(fields.get(1).leadUnits()).containsExactly("县财政局", "县发展和改革局");
        assertThat(fields.get(1).coUnits()).containsExactly("办公室", "财务科", "审计科");
        assertThat(fields.get(1).person()).isEqualTo("李四、王五");
    }

    @Test
    void deadlinesAsLedgersWriteThem() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "问题", "整改措施", "责任单位", "整改时限"},
            {"1", "问题一", "措施一", "办公室", "2021年底前"},
            {"2", "问题二", "措施二", "办公室", "2021.12"},
            {"3", "问题三", "措施三", "办公室", "2021年6月30日"},
            {"4", "问题四", "措施四", "办公室", "长期坚持"},
            {"5", "问题五", "措施五", "办公室", "立行立改"},
            {"6", "问题六", "措施六", "办公室", LocalDate.of(2021, 9, 30)},
            {"7", "问题七", "措施七", "办公室", "2021-10-31"},
            {"8", "问题八", "措施八", "办公室", "2021.11.15"},
            {"9", "问题九", "措施九", "办公室", new LedgerFiles.ExcelDate(LocalDate.of(2021, 12, 20), 31)},
            {"10", "问题十", "措施十", "办公室", new LedgerFiles.ExcelDate(LocalDate.of(2021, 8, 5), 57)}
        }));
        List<MeasureFields> fields = fields(report);
        assertThat(fields)
                .extracting(MeasureFields::deadline)
                .containsExactly(
                        LocalDate.of(2021, 12, 31),
                        LocalDate.of(2021, 12, 31),
                        LocalDate.of(2021, 6, 30),
                        null,
                        null,
                        LocalDate.of(2021, 9, 30),
                        LocalDate.of(2021, 10, 31),
                        LocalDate.of(2021, 11, 15),
                        LocalDate.of(2021, 12, 20),
                        LocalDate.of(2021, 8, 31));
        assertThat(fields.get(3).type()).isEqualTo(MeasureFields.DeadlineType.CONTINUING);
        assertThat(fields.get(4).type()).isEqualTo(MeasureFields.DeadlineType.IMMEDIATE);
    }

    @Test
    void theProgressColumnGivesTheStatusByThePhraseRules() {
        Report report = docx(new Table(new String[][] {
            {"序号", "问题", "整改措施", "责任单位", "整改时限", "完成情况"},
            {"1", "问题一", "规范会议记录", "办公室", "立行立改", "已完成"},
            {"2", "问题二", "开展资产清查", "财务科", "2021年底前", "正在推进"},
            {"3", "问题三", "建立长效机制", "办公室", "长期坚持", "持续推进"},
            {"4", "问题四", "修订管理办法", "县项目推进中心", "持续推进", ""},
            {"5", "问题五", "制定实施方案", "办公室", "2021年底前", "已印发《加快推进整改工作方案》"},
            {"6", "问题六", "加快推进资产清查", "财务科", "2021年底前", ""},
            {"7", "问题七", "持续推进制度建设", "办公室", "长期坚持", "已完成制度修订"}
        }));
        assertThat(report.statuses())
                .extracting(StatusCue::problem, StatusCue::status)
                .containsExactly(
                        Tuple.tuple(1, Status.DONE),
                        Tuple.tuple(2, Status.IN_PROGRESS),
                        Tuple.tuple(3, Status.IN_PROGRESS));
        assertThat(fields(report).get(0).progress()).isEqualTo("已完成");
    }

    @Test
    void aYesOrNoColumnGivesTheStatusByItsWholeAnswer() {
        Report report = xlsx(new Worksheet("台账", new Object[][] {
            {"序号", "存在问题", "整改措施", "责任部门", "完成时限", "是否完成", "备注"},
            {"1", "问题一", "规范会议记录", "办公室", "立行立改", "是", ""},
            {"2", "问题二", "开展资产清查", "财务科", "2021年底前", "否", ""},
            {"3", "问题三", "建立长效机制", "办公室", "长期坚持", "√", ""},
            {"4", "问题四", "修订管理办法", "办公室", "2021年底前", "是否需要再议", ""},
            {"5", "问题五", "完成制度修订", "办公室", "2021年底前", "", ""},
            {"6", "问题六", "制定实施方案", "办公室", "2021年底前", "未完成", ""}
        }));
        // A yes or no is the ledger's answer only as the whole cell; a measure's own wording (完成制度修订)
        // states no status in a ledger with such a column.
        assertThat(report.statuses())
                .extracting(StatusCue::problem, StatusCue::status)
                .containsExactly(
                        Tuple.tuple(1, Status.DONE),
                        Tuple.tuple(2, Status.IN_PROGRESS),
                        Tuple.tuple(3, Status.DONE),
                        Tuple.tuple(6, Status.IN_PROGRESS));
        assertThat(report.statuses().get(0).evidence())
                .extracting(StatusCue.Cue::text)
                .containsExactly("是");
    }

    @Test
    void statusColumnsByTheirHeaderWords() {
        for (String header : List.of("是否完成", "是否整改到位", "整改状态", "完成状态")) {
            Report report = docx(new Table(new String[][] {
                {"序号", "问题", "整改措施", "责任单位", header},
                {"1", "问题一", "规范会议记录", "办公室", "已完成"},
                {"2", "问题二", "开展资产清查", "财务科", "整改中"}
            }));
            assertThat(report.statuses())
                    .as(header)
                    .extracting(StatusCue::problem, StatusCue::status)
                    .containsExactly(Tuple.tuple(1, Status.DONE), Tuple.tuple(2, Status.IN_PROGRESS));
        }
    }

    @Test
    void traditionalScriptHeaders() {
        Report report = docx(new Table(new String[][] {
            {"序號", "問題", "整改措施", "責任單位", "整改時限", "完成情況"},
            {"1", "黨組會議記錄不規範", "規範會議記錄", "辦公室", "2021年底前", "已完成"},
            {"", "", "明確專人負責", "辦公室", "立行立改", "正在推進"},
            {"2", "固定資產賬實不符", "開展資產清查", "財務科", "2021年6月30日", "已完成"}
        }));
        assertThat(outline(report)).containsExactly("1 黨組會議記錄不規範: 規範會議記錄 | 明確專人負責", "2 固定資產賬實不符: 開展資產清查");
        assertThat(fields(report).get(2).leadUnits()).containsExactly("财务科");
        assertThat(fields(report).get(2).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(report.statuses())
                .extracting(StatusCue::status)
                .containsExactly(Status.DONE, Status.IN_PROGRESS, Status.DONE);
    }

    @Test
    void aLedgerFramedInAOneCellTableReadsAsTheLedger() {
        Report report = docx(new LedgerFiles.Frame(
                "中共××局党组关于巡察反馈问题整改落实情况台账",
                new Table(new String[][] {HEADER, FIRST, FIRST_MORE, SECOND}),
                "备注：本表由各责任单位填写。"));
        assertThat(outline(report)).containsExactlyElementsOf(OUTLINE);
        assertThat(fields(report).get(2).leadUnits()).containsExactly("财务科");
        assertOnce(report.text(), "整改落实情况台账", "规范会议记录", "明确专人负责", "开展资产清查", "本表由各责任单位填写");
    }

    @Test
    void aTableInsideACellKeepsEachOfItsCellsOnceAndApart() {
        Report report = docx(new Table(new Object[][] {
            HEADER,
            {
                "1",
                "党组会议记录不规范",
                new RichCell("规范会议记录：", new Table(new String[][] {{"要素齐全", "专人记录"}, {"会后归档", "定期检查"}}), "由办公室督促落实。"),
                new RichCell(new Table(new String[][] {{"党政办"}, {"审计科"}})),
                "立行立改"
            },
            SECOND
        }));
        assertThat(outline(report))
                .containsExactly("1 党组会议记录不规范: 规范会议记录： 要素齐全 专人记录 会后归档 定期检查 由办公室督促落实", "2 固定资产账实不符: 开展资产清查");
        assertThat(fields(report).get(0).leadUnits()).containsExactly("党政办", "审计科");
        assertOnce(report.text(), "要素齐全", "专人记录", "会后归档", "定期检查", "由办公室督促落实", "党政办", "审计科");
    }

    @Test
    void aMeasureCellOfSeveralParagraphsIsOneMeasureWithAllItsText() {
        Report report = docx(new Table(
                new String[][] {HEADER, {"1", "党组会议记录不规范", "规范会议记录。\n会前印发议程，\n会后三日内归档。", "办公室", "立行立改"}, SECOND}));
        List<Problem> problems = report.structure().problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).measures()).hasSize(1);
        assertThat(problems.get(0).measures().get(0).text()).contains("规范会议记录", "会前印发议程", "会后三日内归档");
        assertOnce(report.text(), "规范会议记录", "会前印发议程", "会后三日内归档");
    }

    @Test
    void measuresNumberedByWordInsideCellsAreSplit() {
        Report report = docx(new Table(new Object[][] {
            HEADER,
            {"1", "党组会议记录不规范", new RichCell(new Numbered("规范会议记录。"), new Numbered("明确专人负责。")), "办公室", "立行立改"},
            {"2", "固定资产账实不符", new RichCell(new Numbered("开展资产清查。"), new Numbered("建立资产台账。")), "财务科", "2021年6月30日"}
        }));
        assertThat(outline(report)).containsExactly("1 党组会议记录不规范: 规范会议记录 | 明确专人负责", "2 固定资产账实不符: 开展资产清查 | 建立资产台账");
        assertThat(fields(report).get(3).leadUnits()).containsExactly("财务科");
    }

    /** Each piece stands in the text exactly once: nothing lost, nothing read twice. */
    private static void assertOnce(String text, String... pieces) {
        for (String piece : pieces) {
            assertThat(text.split(java.util.regex.Pattern.quote(piece), -1))
                    .as("%s in %s", piece, text)
                    .hasSize(2);
        }
    }

    private static Report docx(Object... blocks) {
        Report report = Extractor.extract(
                LedgerFiles.docx(List.of(blocks)), Hints.ofFile("台账.docx").withReportYear(2021));
        assertThat(report.structure().layout()).isEqualTo(Layout.TABLE);
        return report;
    }

    private static Report xlsx(Worksheet... sheets) {
        Report report = Extractor.extract(
                LedgerFiles.xlsx(List.of(sheets)), Hints.ofFile("台账.xlsx").withReportYear(2021));
        assertThat(report.structure().layout()).isEqualTo(Layout.TABLE);
        return report;
    }

    private static List<MeasureFields> fields(Report report) {
        return report.fields();
    }

    /** Each problem as {@code number title: measure | measure}. */
    private static List<String> outline(Report report) {
        return report.structure().problems().stream()
                .map(p -> p.number() + " " + titles(p))
                .toList();
    }

    /** The outline without the problems' numbers, for ledgers that number rows or restart per table. */
    private static List<String> titlesOnly(Report report) {
        return report.structure().problems().stream()
                .map(LedgerShapesTest::titles)
                .toList();
    }

    private static String titles(Problem p) {
        return p.title() + ": "
                + String.join(" | ", p.measures().stream().map(m -> m.title()).toList());
    }
}
