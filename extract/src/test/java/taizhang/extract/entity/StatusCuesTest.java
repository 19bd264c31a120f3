package taizhang.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.structure.StructureParser;
import taizhang.extract.text.Normalizer;

class StatusCuesTest {

    @Test
    void theStrongestCueDecides() {
        String text = "1.整改问题。一是整改草原问题。已全部完成整改,持续巩固。二是加快推进项目。已完成3项。" + "三是基本完成清理。四是计划明年启动。五是召开会议。";
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
}
