package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureAssignedTest {

    @Test
    void aNewMeasureTellsItsLeadAndEveryCoUnit() {
        MeasureAssigned assigned =
                MeasureAssigned.between(null, measure(5L, List.of(6L, 7L))).orElseThrow();
        assertThat(assigned.newLead()).isEqualTo(5L);
        assertThat(assigned.newCoUnits()).containsExactly(6L, 7L);
    }

    @Test
    void aReassignmentTellsOnlyTheUnitsThatDidNotCarryTheMeasure() {
        MeasureAssigned assigned = MeasureAssigned.between(measure(5L, List.of(6L)), measure(6L, List.of(5L, 8L)))
                .orElseThrow();
        assertThat(assigned.newLead()).as("co-unit promoted to lead").isEqualTo(6L);
        assertThat(assigned.newCoUnits())
                .as("the former lead knows the measure")
                .containsExactly(8L);
    }

    @Test
    void anAssignmentThatAddsNoUnitTellsNobody() {
        assertThat(MeasureAssigned.between(measure(5L, List.of(6L)), measure(5L, List.of())))
                .isEmpty();
        assertThat(MeasureAssigned.between(null, measure(null, List.of()))).isEmpty();
    }

    private static Measure measure(Long lead, List<Long> coUnits) {
        return new Measure(
                1,
                2,
                3,
                1,
                "整治河道",
                "正文",
                lead,
                coUnits,
                "负责人",
                LocalDate.of(2014, 6, 30),
                MeasureType.DEADLINE,
                MeasureStatus.NOT_STARTED,
                WarningLevel.GREEN,
                null,
                Instant.parse("2014-01-01T00:00:00Z"),
                0);
    }
}
