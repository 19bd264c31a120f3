package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.InvalidRequestException;

class DraftEditorTest {

    private static DraftReading reading(String key, int start) {
        return new DraftReading(key, "建设", BigDecimal.TEN, "个", null, "2021", false, start, start + 3, "10个");
    }

    private static DraftMeasure measure(String key, int ordinal, String text, int start, DraftReading... readings) {
        return new DraftMeasure(
                key,
                ordinal,
                text.substring(0, 4),
                text,
                start,
                start + text.length(),
                null,
                List.of(),
                List.of(),
                MeasureStatus.IN_PROGRESS,
                List.of(),
                List.of(readings),
                null,
                null,
                false,
                List.of());
    }

    private static Draft draft() {
        DraftMeasure first = measure("m1", 1, "一是成立专班。建设10个。", 10, reading("r1", 19));
        DraftMeasure second = measure("m2", 2, "二是建立台账。建设10个。", 23, reading("r2", 32));
        DraftProblem problem = new DraftProblem("p1", 1, "落实责任", "1.落实责任。", 0, 36, null, null, List.of(first, second));
        return new Draft("r.txt", 2021, "HANS", null, "任务", List.of(), List.of(problem), List.of(), List.of());
    }

    private static DraftEdit edit(DraftEdit.Op op, String key, Integer at, String readingKey) {
        return new DraftEdit(
                op, key, null, null, null, null, null, readingKey, at, null, null, null, null, null, null, null, null);
    }

    @Test
    void mergesAMeasureWithTheNextOneKeepingBothTextsAndFigures() {
        Draft merged = DraftEditor.apply(draft(), edit(DraftEdit.Op.MERGE_WITH_NEXT, "m1", null, null));
        DraftMeasure only = merged.problems().get(0).measures().get(0);
        assertThat(merged.measureCount()).isEqualTo(1);
        assertThat(only.text()).isEqualTo("一是成立专班。建设10个。二是建立台账。建设10个。");
        assertThat(only.readings()).extracting(DraftReading::key).containsExactly("r1", "r2");
    }

    @Test
    void splitsAMeasureAndRenumbersTheRest() {
        Draft split = DraftEditor.apply(draft(), edit(DraftEdit.Op.SPLIT, "m1", 7, null));
        List<DraftMeasure> measures = split.problems().get(0).measures();
        assertThat(measures).extracting(DraftMeasure::ordinal).containsExactly(1, 2, 3);
        assertThat(measures.get(0).text()).isEqualTo("一是成立专班。");
        assertThat(measures.get(1).text()).isEqualTo("建设10个。");
        assertThat(measures.get(1).key()).isEqualTo("m3");
        assertThat(measures.get(1).readings()).extracting(DraftReading::key).containsExactly("r1");
    }

    @Test
    void dropsOneReadingAndLeavesTheOriginalDraftAsItWas() {
        Draft original = draft();
        Draft edited = DraftEditor.apply(original, edit(DraftEdit.Op.DROP_READING, "m2", null, "r2"));
        assertThat(edited.readingCount()).isEqualTo(1);
        assertThat(original.readingCount()).isEqualTo(2);
    }

    @Test
    void correctsAReadingsLabelValueUnitAndPeriod() {
        Draft edited = DraftEditor.apply(
                draft(),
                new DraftEdit(
                        DraftEdit.Op.EDIT_READING,
                        "m1",
                        "新建基站",
                        null,
                        null,
                        null,
                        null,
                        "r1",
                        null,
                        null,
                        new BigDecimal("12"),
                        "座",
                        "2021-08",
                        null,
                        null,
                        null,
                        null));
        DraftReading reading =
                edited.problems().get(0).measures().get(0).readings().get(0);
        assertThat(reading.label()).isEqualTo("新建基站");
        assertThat(reading.value()).isEqualByComparingTo("12");
        assertThat(reading.unit()).isEqualTo("座");
        assertThat(reading.period()).isEqualTo("2021-08");
        assertThatThrownBy(() -> DraftEditor.apply(
                        draft(),
                        new DraftEdit(
                                DraftEdit.Op.EDIT_READING,
                                "m1",
                                "新建基站",
                                null,
                                null,
                                null,
                                null,
                                "r1",
                                null,
                                null,
                                BigDecimal.ONE,
                                "个",
                                "八月",
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesEditsThatMakeNoSense() {
        assertThatThrownBy(() -> DraftEditor.apply(draft(), edit(DraftEdit.Op.MERGE_WITH_NEXT, "m2", null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> DraftEditor.apply(draft(), edit(DraftEdit.Op.SPLIT, "m1", 0, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> DraftEditor.apply(draft(), edit(DraftEdit.Op.EDIT_MEASURE, "m9", null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> DraftEditor.apply(
                        draft(),
                        new DraftEdit(
                                DraftEdit.Op.SET_STATUS,
                                "m1",
                                null,
                                null,
                                null,
                                null,
                                MeasureStatus.CLOSED,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void setsLeaderDeadlineAndTypeForOneMeasureOrAllOfAProblem() {
        Draft one = DraftEditor.apply(draft(), DraftEdit.duty("m2", "张三", java.time.LocalDate.of(2021, 12, 31), null));
        assertThat(one.problems().get(0).measures().get(0).duty()).isEqualTo(DraftMeasure.Duty.NONE);
        assertThat(one.problems().get(0).measures().get(1).duty().leader()).isEqualTo("张三");
        Draft all =
                DraftEditor.apply(draft(), DraftEdit.duty("p1", null, null, taizhang.ledger.MeasureType.CONTINUING));
        assertThat(all.problems().get(0).measures())
                .extracting(m -> m.duty().type())
                .containsOnly(taizhang.ledger.MeasureType.CONTINUING);
        assertThatThrownBy(() -> DraftEditor.apply(
                        draft(),
                        DraftEdit.duty(
                                "*",
                                null,
                                java.time.LocalDate.of(2021, 12, 31),
                                taizhang.ledger.MeasureType.CONTINUING)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void addsAndDropsProblemsAndMeasures() {
        Draft added = DraftEditor.apply(draft(), titled(DraftEdit.Op.ADD_PROBLEM, "p1", "新问题"));
        assertThat(added.problems()).extracting(DraftProblem::title).containsExactly("落实责任", "新问题");
        String newKey = added.problems().get(1).key();
        Draft withMeasure = DraftEditor.apply(added, titled(DraftEdit.Op.ADD_MEASURE, newKey, "新措施"));
        assertThat(withMeasure.problems().get(1).measures())
                .extracting(DraftMeasure::ordinal, DraftMeasure::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "新措施"));
        Draft dropped = DraftEditor.apply(withMeasure, titled(DraftEdit.Op.DROP, "m1", null));
        assertThat(dropped.problems().get(0).measures())
                .extracting(DraftMeasure::key, DraftMeasure::ordinal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m2", 1));
        assertThat(DraftEditor.apply(dropped, titled(DraftEdit.Op.DROP, newKey, null))
                        .problems())
                .hasSize(1);
        assertThatThrownBy(() -> DraftEditor.apply(draft(), titled(DraftEdit.Op.DROP, "p1", null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> DraftEditor.apply(draft(), titled(DraftEdit.Op.ADD_MEASURE, "p1", " ")))
                .isInstanceOf(InvalidRequestException.class);
    }

    private static DraftEdit titled(DraftEdit.Op op, String key, String title) {
        return new DraftEdit(
                op, key, title, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
