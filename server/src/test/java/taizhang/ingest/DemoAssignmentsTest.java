package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

class DemoAssignmentsTest {

    private final List<DemoAssignments.Row> rows = DemoAssignments.read();

    @Test
    void everyProblemOfTheSeedHasALeadUnitALeaderAndADeadline() {
        List<Integer> problems = rows.stream()
                .filter(r -> r.measure() == null)
                .map(DemoAssignments.Row::problem)
                .toList();
        assertThat(problems)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 23).boxed().toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.lead()).isNotBlank();
            assertThat(r.leader()).isNotBlank();
            assertThat(r.deadline()).matches("[+-]\\d+|长期坚持");
        });
    }

    @Test
    void theDemoUnitLeadsSixMeasuresOfItsOwn() {
        // As many as the demo's cycles have the unit report on (DemoCycles.UNIT_MEASURES).
        assertThat(rows.stream().filter(r -> r.lead().equals("通辽市") && r.measure() != null))
                .hasSize(6);
    }

    @Test
    void aRowGivesTheDeadlineAtTheEndOfTheMonthItNamesAndTheStatusItSays() {
        Draft draft = draft();
        List<DraftEdit> edits = DemoAssignments.edits(
                draft,
                DemoAssignments.parse(List.of("1\t甲\t乙、丙\t甲负责人\t+2", "1.2\t丁\t\t丁负责人\t长期坚持\tSUBSTANTIALLY_DONE")),
                name -> (long) name.codePointAt(0),
                99L,
                LocalDate.of(2021, 9, 15));

        assertThat(edits)
                .filteredOn(e -> e.key().equals("m1"))
                .extracting(DraftEdit::op, DraftEdit::leadOrgId, DraftEdit::deadline, DraftEdit::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DraftEdit.Op.SET_UNITS, (long) '甲', null, null),
                        org.assertj.core.groups.Tuple.tuple(
                                DraftEdit.Op.SET_DUTY, null, LocalDate.of(2021, 11, 30), MeasureType.DEADLINE));
        assertThat(edits)
                .filteredOn(e -> e.key().equals("m2"))
                .extracting(DraftEdit::op, DraftEdit::leadOrgId, DraftEdit::type, DraftEdit::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DraftEdit.Op.SET_UNITS, (long) '丁', null, null),
                        org.assertj.core.groups.Tuple.tuple(DraftEdit.Op.SET_DUTY, null, MeasureType.CONTINUING, null),
                        org.assertj.core.groups.Tuple.tuple(
                                DraftEdit.Op.SET_STATUS, null, null, MeasureStatus.SUBSTANTIALLY_DONE));
        assertThat(edits)
                .filteredOn(e -> e.key().equals("m3"))
                .as("the unit the seed names stays")
                .extracting(DraftEdit::op)
                .containsExactly(DraftEdit.Op.SET_DUTY);
    }

    private static Draft draft() {
        List<DraftMeasure> measures = List.of(measure("m1", 1, null), measure("m2", 2, 99L), measure("m3", 3, 7L));
        DraftProblem problem = new DraftProblem("p1", 1, "问题", "问题", 0, 10, null, null, measures);
        return new Draft("seed.txt", 2021, "HANS", null, "任务", List.of(), List.of(problem), List.of(), List.of());
    }

    private static DraftMeasure measure(String key, int ordinal, Long lead) {
        return new DraftMeasure(
                key,
                ordinal,
                "措施" + ordinal,
                "正文",
                0,
                10,
                lead,
                List.of(),
                List.of(),
                MeasureStatus.IN_PROGRESS,
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of());
    }
}
