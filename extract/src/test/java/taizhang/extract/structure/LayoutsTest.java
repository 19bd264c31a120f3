package taizhang.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per layout of real reports; the excerpts are shortened from published notices. */
class LayoutsTest {

    @Test
    void readsAspectsProblemsAndNumberedMeasures() {
        Structure s = SeedStructureTest.parse("""
                一、关于党的政治建设方面
                （一）关于学习贯彻党的创新理论不够深入的问题
                1.健全学习制度。修订党组理论学习中心组学习规则。
                2.开展专题学习。组织集中学习12次。
                （二）关于落实意识形态工作责任制不到位的问题
                1.压实工作责任。制定责任清单。
                二、关于全面从严治党方面
                （一）关于“四风”问题反弹的问题
                1.开展专项整治。清退违规资金7.1万元。
                2.完善制度机制。
                三、下一步工作打算
                我们将持续巩固整改成果。
                """);
        assertThat(s.layout()).isEqualTo(Layout.LEVELS);
        assertThat(s.sections()).extracting(Section::title).containsExactly("关于党的政治建设方面", "关于全面从严治党方面");
        assertThat(outline(s))
                .containsExactly(
                        "1 关于学习贯彻党的创新理论不够深入的问题: 1 健全学习制度, 2 开展专题学习",
                        "2 关于落实意识形态工作责任制不到位的问题: 1 压实工作责任",
                        "1 关于“四风”问题反弹的问题: 1 开展专项整治, 2 完善制度机制");
        assertThat(s.problems().get(2).measures().get(1).text()).isEqualTo("2.完善制度机制。");
    }

    @Test
    void readsThreeLevelsWithParenthesisedMeasuresInTraditional() {
        Structure s = SeedStructureTest.parse("""
                （一）在“貫徹落實上級決策部署不夠有力”方面
                1.關於“學習貫徹上級重大決策部署不夠到位”問題的整改
                （1）制定學習計劃，開展集中學習6次。
                （2）已全部完成整改。
                2.關於“意識形態工作責任制落實不到位”問題的整改
                （1）召開專題會議研究意識形態工作。
                """);
        assertThat(s.sections()).extracting(Section::label).containsExactly("（一）");
        assertThat(outline(s))
                .containsExactly(
                        "1 關於“學習貫徹上級重大決策部署不夠到位”問題的整改: 1 制定學習計劃，開展集中學習6次, 2 已全部完成整改",
                        "2 關於“意識形態工作責任制落實不到位”問題的整改: 1 召開專題會議研究意識形態工作");
    }

    @Test
    void readsRunInHeadingsWithNumberedMeasures() {
        Structure s = SeedStructureTest.parse("""
                （一）关于理论学习不深入的问题。整改措施：1.制定年度学习计划。2.开展专题研讨4次。
                （二）关于财务管理不规范的问题。整改措施：1.修订财务制度；2.清退违规发放补贴2.3万元。
                """);
        assertThat(outline(s))
                .containsExactly("1 关于理论学习不深入的问题: 1 制定年度学习计划, 2 开展专题研讨4次", "2 关于财务管理不规范的问题: 1 修订财务制度, 2 清退违规发放补贴2.3万元");
    }

    @Test
    void readsRunInHeadingsWithALabelledMeasure() {
        Structure s = SeedStructureTest.parse("""
                (一)兰花花金街环境卫生脏乱差,各类杂物乱堆乱放。整改措施:针对该问题,我镇立即安排蓝山社区进行实地核查。随后对杂物进行了清理。(二)望通路南北两侧卫生脏乱。整改措施:针对该问题,我镇立即安排蓝山社区对周边环境进行核查。
                """);
        assertThat(outline(s))
                .containsExactly(
                        "1 兰花花金街环境卫生脏乱差,各类杂物乱堆乱放: 1 针对该问题,我镇立即安排蓝山社区进行实地核查",
                        "2 望通路南北两侧卫生脏乱: 1 针对该问题,我镇立即安排蓝山社区对周边环境进行核查");
    }

    @Test
    void readsLabelledBlocks() {
        Structure s = SeedStructureTest.parse("""
                问题1：党组会议记录不规范。
                整改措施：规范会议记录，明确专人负责。
                整改情况：已完成整改。
                问题2：固定资产账实不符。
                整改措施：开展资产清查。
                完成情况：正在推进。
                """);
        assertThat(s.layout()).isEqualTo(Layout.LABELLED);
        assertThat(outline(s)).containsExactly("1 党组会议记录不规范: 1 规范会议记录，明确专人负责", "2 固定资产账实不符: 1 开展资产清查");
        assertThat(s.problems().get(0).measures().get(0).text()).endsWith("已完成整改。");
    }

    @Test
    void readsBracketedLabelledBlocksAsChecksPublishThem() {
        Structure s = SeedStructureTest.parse("""
                【1月21日 问题一】
                【主管单位】市城管局
                【存在问题】
                此路段道路积尘严重,车过尘起。
                【整改要求】
                道路常态化做好保洁工作,加大冲洗频次。
                【整改期限】立行立改
                【1月22日 问题二】
                【存在问题】农贸市场周边垃圾未及时清运。
                【整改要求】每日清运两次。
                """);
        assertThat(s.layout()).isEqualTo(Layout.LABELLED);
        assertThat(outline(s)).containsExactly("1 此路段道路积尘严重,车过尘起: 1 道路常态化做好保洁工作,加大冲洗频次", "2 农贸市场周边垃圾未及时清运: 1 每日清运两次");
    }

    @Test
    void readsNumberedProblemsWithLabelledBlocks() {
        Structure s = SeedStructureTest.parse("""
                1.存在问题：党组会议记录不规范。
                整改措施：规范会议记录，明确专人负责。
                整改情况：已完成整改。
                2.存在问题：固定资产账实不符。
                整改任务：开展资产清查。
                """);
        assertThat(outline(s)).containsExactly("1 党组会议记录不规范: 1 规范会议记录，明确专人负责", "2 固定资产账实不符: 1 开展资产清查");
    }

    @Test
    void pairsProblemsListedFirstWithTheirMeasures() {
        Structure s = SeedStructureTest.parse("""
                一、存在的主要问题
                1.城区主干道车辆乱停乱放。
                2.农贸市场环境卫生差。
                二、整改措施
                1.组织交警开展专项整治，施划停车位320个。
                2.对农贸市场进行提升改造。
                """);
        assertThat(s.layout()).isEqualTo(Layout.LISTED_THEN_MEASURES);
        assertThat(outline(s)).containsExactly("1 城区主干道车辆乱停乱放: 1 组织交警开展专项整治，施划停车位320个", "2 农贸市场环境卫生差: 1 对农贸市场进行提升改造");
    }

    @Test
    void readsParagraphLeadsAsMeasures() {
        Structure s = SeedStructureTest.parse("""
                （一）关于整改责任落实不到位的问题
                传导压力抓整改。召开专题会议3次，逐项明确责任。
                建章立制抓长效。修订完善制度12项。
                （二）关于干部队伍建设不够有力的问题
                优化结构强队伍。选拔年轻干部5名。
                """);
        assertThat(outline(s))
                .containsExactly("1 关于整改责任落实不到位的问题: 1 传导压力抓整改, 2 建章立制抓长效", "2 关于干部队伍建设不够有力的问题: 1 优化结构强队伍");
    }

    @Test
    void readsAspectsOverProblemsWithIsMeasures() {
        Structure s = SeedStructureTest.parse("""
                一、政治建设方面
                （一）理论学习不够深入。一是完善学习制度。二是开展专题学习。
                （二）意识形态责任制落实不力。一是压实责任。
                """);
        assertThat(s.sections()).extracting(Section::title).containsExactly("政治建设方面");
        assertThat(outline(s)).containsExactly("1 理论学习不够深入: 1 完善学习制度, 2 开展专题学习", "2 意识形态责任制落实不力: 1 压实责任");
    }

    @Test
    void readsATableWithMergedProblemCells() {
        Structure s = SeedStructureTest.parse("序号\t问题描述\t整改措施\t责任单位\t整改时限\n"
                + "1\t党组会议记录不规范\t规范会议记录\t办公室\t立行立改\n"
                + "\t\t明确专人负责\t办公室\t2021年底前\n"
                + "2\t固定资产账实不符\t1.开展资产清查；2.建立资产台账\t财务科\t6月30日前\n");
        assertThat(s.layout()).isEqualTo(Layout.TABLE);
        assertThat(outline(s)).containsExactly("1 党组会议记录不规范: 1 规范会议记录, 2 明确专人负责", "2 固定资产账实不符: 1 开展资产清查, 2 建立资产台账");
    }

    @Test
    void aTextWithoutStructureStillGivesProblems() {
        Structure s = SeedStructureTest.parse("""
                整改工作情况
                我局高度重视巡察反馈问题整改工作，召开专题会议研究部署。
                对照问题清单逐项整改，建立整改台账。
                下一步工作
                持续巩固整改成果。
                """);
        assertThat(s.layout()).isEqualTo(Layout.PARAGRAPHS);
        assertThat(s.problems()).extracting(Problem::title).containsExactly("整改工作情况", "下一步工作");
        assertThat(s.problems().get(0).measures()).hasSize(2);
    }

    @Test
    void aTextOfOneParagraphGivesOneProblem() {
        Structure s = SeedStructureTest.parse("我局高度重视巡察反馈问题整改工作，召开专题会议研究部署。");
        assertThat(s.problems()).hasSize(1);
        assertThat(s.problems().get(0).measures()).hasSize(1);
    }

    static List<String> outline(Structure s) {
        return s.problems().stream()
                .map(p -> p.number() + " " + p.title() + ": "
                        + String.join(
                                ", ",
                                p.measures().stream()
                                        .map(m -> m.ordinal() + " " + m.title())
                                        .toList()))
                .toList();
    }
}
