package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

    @Test
    void aReportThatRepeatsTheOfficialTextAddsNoProgress() {
        String official = "全面落实就业优先政策。";

        assertThat(NoticeText.progress(official, "一是稳就业。全面落实就业优先政策。", "稳就业")).isEmpty();
        assertThat(NoticeText.progress(official, "新增就业1.2万人", "稳就业")).isEqualTo("新增就业1.2万人");
    }

    @Test
    void onlyAnOrdinalLeadBeforeTheTitleIsLeftOut() {
        assertThat(NoticeText.afterLead("一是稳就业。全面落实就业优先政策。", "稳就业")).isEqualTo("全面落实就业优先政策。");
        assertThat(NoticeText.afterLead("第十一，稳就业：全面落实", "稳就业")).isEqualTo("全面落实");
        assertThat(NoticeText.afterLead("（3）稳就业。全面落实", "稳就业")).isEqualTo("全面落实");
        assertThat(NoticeText.afterLead("稳就业。全面落实", "稳就业")).isEqualTo("全面落实");
    }

    @Test
    void anOfficialTextOpeningWithALabelIsKeptWhole() {
        assertThat(NoticeText.afterLead("措施正文：稳就业", "稳就业")).isEqualTo("措施正文：稳就业");
        assertThat(NoticeText.afterLead("措施正文：稳就业。全面落实", "稳就业")).isEqualTo("措施正文：稳就业。全面落实");
        assertThat(NoticeText.afterLead("加快稳就业，全面落实", "稳就业")).isEqualTo("加快稳就业，全面落实");
    }

    @Test
    void theProgressFollowsTheOfficialTextAsASentenceOfItsOwn() {
        assertThat(NoticeText.told("全面落实就业优先政策", "新增就业1.2万人", "2021年9月", List.of("就业1.2万人")))
                .isEqualTo("全面落实就业优先政策。2021年9月进展：新增就业1.2万人。（数据：就业1.2万人）");
        assertThat(NoticeText.told("", "", null, List.of())).isEmpty();
    }

    @Test
    void theChangesTitleSaysRectificationOnce() {
        assertThat(NoticeText.changesTitle("关于十二届自治区党委第十一轮巡视反馈意见整改")).isEqualTo("关于十二届自治区党委第十一轮巡视反馈意见整改进展变化情况");
        assertThat(NoticeText.changesTitle("巡视整改通报测试")).isEqualTo("巡视整改通报测试整改进展变化情况");
    }
}
