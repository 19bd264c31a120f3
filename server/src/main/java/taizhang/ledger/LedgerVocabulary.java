package taizhang.ledger;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Words for generated ledgers, in the genre of an inspection-rectification notice (巡视整改
 * 进展情况的通报): problems named by what must be strengthened, measures numbered 一是/二是,
 * bodies full of figures. Generated text should read like the real thing, so that pages,
 * exports and search behave as they will on real data.
 */
final class LedgerVocabulary {

    static final List<String> ORDINALS = List.of("一是", "二是", "三是", "四是", "五是", "六是");

    private static final List<String> PROBLEM_VERBS =
            List.of("全面加强", "深入推进", "持续深化", "切实抓好", "着力解决", "扎实推进", "认真落实", "加快推进", "坚决整治", "进一步规范", "全面改进", "大力推动");
    private static final List<String> TOPICS = List.of(
            "民族工作",
            "意识形态工作",
            "生态环境保护",
            "营商环境建设",
            "基层党组织建设",
            "干部队伍建设",
            "能源领域腐败问题整治",
            "草原生态保护修复",
            "耕地保护",
            "政府债务风险防范",
            "安全生产",
            "乡村振兴",
            "教育公平",
            "就业优先政策落实",
            "民生保障",
            "矿产资源开发管理",
            "国有企业改革",
            "形式主义官僚主义整治",
            "巡视整改长效机制建设",
            "作风建设",
            "煤炭资源领域专项整治",
            "黄河流域生态保护",
            "政务服务效能提升",
            "选人用人工作",
            "国有资产监管",
            "财政资金监管",
            "防范化解重大风险",
            "信访积案化解");
    private static final List<String> SHORTCOMINGS = List.of(
            "主体责任落实不到位",
            "工作推进不平衡",
            "制度执行不严格",
            "监督检查不够有力",
            "整改成效不够明显",
            "长效机制不健全",
            "基层落实存在薄弱环节",
            "问题整改不彻底",
            "统筹协调不够",
            "考核评价导向作用发挥不充分");
    private static final List<String> ACTIONS = List.of(
            "全面落实主体责任",
            "强化干部教育培训",
            "加大政治监督力度",
            "坚决纠正存在的偏差",
            "深化专项整治",
            "健全长效机制",
            "开展专项检查",
            "完善制度体系",
            "加强督促指导",
            "严肃追责问责",
            "推动问题清仓见底",
            "强化考核评价",
            "加强统筹调度",
            "压实属地责任",
            "建立工作台账",
            "开展回头看",
            "加大资金投入",
            "推进信息公开",
            "强化源头治理",
            "推动改革攻坚");
    private static final List<String> FIGURES = List.of(
            "开展专题宣讲%d场",
            "排查整改问题%d个",
            "修订完善制度%d项",
            "追责问责%d人",
            "培训党员干部%d人次",
            "督导检查%d次",
            "清理规范项目%d个",
            "化解信访积案%d件",
            "完成投资%d亿元",
            "整治问题点位%d处");
    private static final List<String> CLOSINGS =
            List.of("推动工作落实", "持续巩固整改成效", "确保整改到位", "形成长效机制", "以案促改、以案促治", "定期调度落实情况，强化盯办落实");
    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "包",
            "乌", "白", "韩", "那");
    private static final List<String> GIVEN = List.of(
            "建国", "志刚", "海军", "晓东", "丽华", "巴特尔", "其木格", "文斌", "永胜", "红梅", "德力格尔", "振华", "玉兰", "卫东", "敖登", "新民", "秀英",
            "长青");
    private static final List<String> POSTS =
            List.of("副主席", "党组书记", "厅长", "副厅长", "盟委书记", "市长", "旗委书记", "县长", "局长", "主任");

    /** An indicator a measure may track: what is counted, in what unit, and a typical target. */
    record IndicatorKind(String name, String unit, long target) {}

    static final List<IndicatorKind> INDICATORS = List.of(
            new IndicatorKind("新增新能源装机", "千瓦", 10_000_000),
            new IndicatorKind("城镇新增就业", "人", 200_000),
            new IndicatorKind("开展民族团结政策宣讲", "场", 40_000),
            new IndicatorKind("排查整改问题", "个", 500),
            new IndicatorKind("治理退化草原", "亩", 1_000_000),
            new IndicatorKind("化解政府隐性债务", "亿元", 400),
            new IndicatorKind("受理办件", "件", 120_000),
            new IndicatorKind("培训基层干部", "人次", 30_000));

    private LedgerVocabulary() {}

    static String problemTitle(RandomGenerator random) {
        return pick(random, PROBLEM_VERBS) + pick(random, TOPICS);
    }

    static String problemDescription(RandomGenerator random, String title) {
        return "巡视反馈指出，" + title.substring(4) + "方面存在" + pick(random, SHORTCOMINGS) + "、" + pick(random, SHORTCOMINGS)
                + "等问题。";
    }

    static String measureTitle(RandomGenerator random, int ordinal) {
        return ORDINALS.get(Math.min(ordinal, ORDINALS.size()) - 1) + pick(random, ACTIONS);
    }

    static String measureBody(RandomGenerator random, String unitName) {
        String figure = String.format(pick(random, FIGURES), 1 + random.nextInt(random.nextBoolean() ? 100 : 40_000));
        return unitName + "制定整改方案，明确责任分工，" + figure + "，" + pick(random, CLOSINGS) + "。";
    }

    static String leader(RandomGenerator random) {
        return pick(random, SURNAMES) + pick(random, GIVEN) + "（" + pick(random, POSTS) + "）";
    }

    private static String pick(RandomGenerator random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
