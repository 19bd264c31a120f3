package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

/** Only the offered sort fields reach the SQL, each with the id as tie-breaker. */
class MeasureSortTest {

    @Test
    void defaultsToIdAscending() {
        assertThat(MeasureSort.parse(null).orderBy()).isEqualTo("m.id, m.id");
        assertThat(MeasureSort.parse("  ").orderBy()).isEqualTo("m.id, m.id");
    }

    @Test
    void sortsAscendingByAKnownField() {
        assertThat(MeasureSort.parse("deadline").orderBy()).isEqualTo("m.deadline, m.id");
        assertThat(MeasureSort.parse("updated").orderBy()).isEqualTo("m.updated_at, m.id");
    }

    @Test
    void aLeadingMinusSortsDescendingOnEveryColumnIncludingTheTieBreaker() {
        assertThat(MeasureSort.parse("-deadline").orderBy()).isEqualTo("m.deadline desc, m.id desc");
        assertThat(MeasureSort.parse("-ordinal").orderBy()).isEqualTo("m.problem_id desc, m.ordinal desc, m.id desc");
    }

    @Test
    void offersTheDocumentedFields() {
        for (String field : new String[] {"id", "deadline", "status", "warning", "updated", "ordinal"}) {
            assertThat(MeasureSort.parse(field)).as(field).isNotNull();
            assertThat(MeasureSort.parse("-" + field).descending()).as(field).isTrue();
        }
    }

    @Test
    void rejectsUnknownFieldsNamingTheSortParameter() {
        for (String spec : new String[] {"title", "-", "m.id", "deadline desc", "id; drop table measure", "Deadline"}) {
            assertThatThrownBy(() -> MeasureSort.parse(spec))
                    .as(spec)
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("sort"))
                    .hasMessageContaining("deadline");
        }
    }
}
