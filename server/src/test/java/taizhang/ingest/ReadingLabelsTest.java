package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingLabelsTest {

    private static String label(String text, String figure) {
        int start = text.indexOf(figure);
        return ReadingLabels.label(text, 0, start, start + figure.length(), text.length());
    }

    @Test
    void namesAFigureByTheWordsBeforeItInItsClause() {
        assertThat(label("二是推进网络建设,新建5G基站5772个。", "5772个")).isEqualTo("新建5G基站");
    }

    @Test
    void addsTheCountedThingWhenItFollowsTheMeasureWord() {
        assertThat(label("组织56个全国民族团结进步示范区示范单位、3个示范盟市开展自查", "56个")).isEqualTo("组织全国民族团结进步示范区示范单位");
    }

    @Test
    void leavesDatesAndLinkingWordsOut() {
        assertThat(label("1-8月,全区城镇新增就业17.6万人", "17.6万人")).isEqualTo("城镇新增就业");
        assertThat(label("累计完成投资达到3.5亿元", "3.5亿元")).isEqualTo("完成投资");
    }

    @Test
    void recognisesPlannedAmountsAsTargets() {
        String label = label("全年计划新增新能源装机1000万千瓦,可再生能源", "1000万千瓦");
        assertThat(ReadingLabels.isTarget(label)).isTrue();
        assertThat(ReadingLabels.indicatorName(label)).isEqualTo("新增新能源装机");
        assertThat(ReadingLabels.isTarget("新建5G基站")).isFalse();
    }

    @Test
    void neverGivesAFragmentAsALabel() {
        assertThat(label("对4个地表水超载区和5个地下水超载区暂停审批", "4个")).isEqualTo("地表水超载区");
        assertThat(label("占92%", "92%")).isEmpty();
    }

    @Test
    void recognisesAShareOfThePlan() {
        assertThat(ReadingLabels.isPlanShare(label("新增就业17.6万人,完成年度计划的88%。", "88%"), "%"))
                .isTrue();
        assertThat(ReadingLabels.isPlanShare(label("占目标任务的92%", "92%"), "%")).isTrue();
        assertThat(ReadingLabels.isPlanShare("城镇登记失业率", "%")).isFalse();
        assertThat(ReadingLabels.isTarget("力争全年新增就业")).isTrue();
        assertThat(ReadingLabels.indicatorName("力争全年新增就业")).isEqualTo("新增就业");
    }
}
