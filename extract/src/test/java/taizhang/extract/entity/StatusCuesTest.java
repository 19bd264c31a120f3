package taizhang.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
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

    @Test
    void completedWorkNamedAfterYiWanChengIsDone() {
        String text = "1.整改问题。一是修订制度。已完成制度修订。二是清理规范。已完成清理规范工作,并建立台账。"
                + "三是开展整改。已全部完成。四是落实整改。已完成整改任务。五是修订办法。已完成《财务管理办法》修订并印发实施。";
        List<StatusCue> cues = assess(text);
        assertThat(cues)
                .extracting(StatusCue::measure, StatusCue::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Status.DONE),
                        org.assertj.core.groups.Tuple.tuple(2, Status.DONE),
                        org.assertj.core.groups.Tuple.tuple(3, Status.DONE),
                        org.assertj.core.groups.Tuple.tuple(4, Status.DONE),
                        org.assertj.core.groups.Tuple.tuple(5, Status.DONE));
        assertThat(cues.get(0).evidence()).extracting(StatusCue.Cue::text).containsExactly("已完成制度修订");
        assertThat(cues.get(1).evidence()).extracting(StatusCue.Cue::text).containsExactly("已完成清理规范工作");
        assertThat(cues.get(3).evidence()).extracting(StatusCue.Cue::text).containsExactly("已完成整改任务");
    }

    @Test
    void completedStepsCountsAndThingsAreNotTheMeasureDone() {
        String text = "1.整改问题。一是建设项目。已完成前期工作。二是修订制度。已完成3项制度修订。三是清理欠薪。已完成整改19个。"
                + "四是制定方案。已完成方案制定。五是对接系统。传输系统已完成对接。六是回头看。对已完成制度修订的单位开展检查。"
                + "七是推进项目。已完成招标工作,正在实施。八是规范管理。已完成整改工作的单位。九是修订制度。已全部完成首批修订。"
                + "十是落实制度。《已完成整改工作清单》印发。十一是加强制度建设。已完成制度修订。";
        assertThat(assess(text))
                .extracting(StatusCue::measure, StatusCue::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, Status.IN_PROGRESS));
    }

    @Test
    void workDoneGivesWayToWorkGoingOnAndToAFigureBelowAHundredPercent() {
        String text = "1.整改问题。一是修订制度。已完成制度修订,正在推进落实。二是清理欠薪。已完成清理工作,完成率80%。";
        assertThat(assess(text))
                .extracting(StatusCue::measure, StatusCue::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Status.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(2, Status.IN_PROGRESS));
    }

    @Test
    void aLedgersProgressCellStatesTheMeasureDoneByItsOwnWork() {
        String text = "序号\t问题\t整改措施\t责任单位\t完成情况\n"
                + "1\t制度不健全\t修订财务管理制度\t办公室\t已完成制度修订并印发\n"
                + "2\t制度不健全\t加强制度建设\t办公室\t已完成制度修订\n"
                + "3\t欠薪\t清理拖欠工资\t财务科\t已完成清理工作\n";
        assertThat(Extractor.extract(text, Hints.none()).statuses())
                .extracting(StatusCue::problem, StatusCue::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Status.DONE),
                        org.assertj.core.groups.Tuple.tuple(3, Status.DONE));
    }

    private static List<StatusCue> assess(String text) {
        return StatusCues.assess(
                StructureParser.parse(text, Normalizer.normalize(text)), text, Normalizer.normalize(text));
    }
}
