package taizhang.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.structure.StructureParser;
import taizhang.extract.text.Normalizer;

class StatusCuesTest {

    @Test
    void theStrongestCueDecides() {
        String text = "1.整改问题。一是整改草原问题。已全部完成整改,持续巩固。二是加快推进项目。已完成3项。" + "三是基本完成清理。四是尚未启动,计划明年实施。五是召开会议。";
        List<StatusCue> cues = StatusCues.assess(
                StructureParser.parse(text, Normalizer.normalize(text)), text, Normalizer.normalize(text));
        assertThat(cues)
                .extracting(StatusCue::measure, StatusCue::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Status.DONE),
                        org.assertj.core.groups.Tuple.tuple(2, Status.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(3, Status.SUBSTANTIALLY_DONE),
                        org.assertj.core.groups.Tuple.tuple(4, Status.NOT_STARTED));
        assertThat(cues.get(0).evidence()).extracting(StatusCue.Cue::text).containsExactly("已全部完成整改");
    }

    @Test
    void wordsInsideNamesAreNoCue() {
        String text = "1.整改问题。一是設立工傷保險補償準備金。二是制定職業技能培訓計劃。三是持續做好宣傳。";
        assertThat(assess(text)).isEmpty();
    }

    @Test
    void aCompletionFigureBelowAHundredPercentIsNotDone() {
        String text = "1.整改问题。一是推进就业。城镇新增就业17.6万人，完成年度计划的88%，已全部完成整改。" + "二是推进扩面。参保人数完成率59.3%。三是清理欠薪。完成率100%。";
        List<StatusCue> cues = assess(text);
        assertThat(cues)
                .extracting(StatusCue::measure, StatusCue::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Status.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(2, Status.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(3, Status.DONE));
        assertThat(cues.get(1).evidence()).extracting(StatusCue.Cue::text).containsExactly("完成率59.3%");
    }

    private static List<StatusCue> assess(String text) {
        return StatusCues.assess(
                StructureParser.parse(text, Normalizer.normalize(text)), text, Normalizer.normalize(text));
    }
}
