package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reporting periods: a year, a quarter or a month, and nothing else. */
class PeriodTest {

    @Test
    void acceptsYearsQuartersAndMonths() {
        for (String period : new String[] {"2021", "2021-Q1", "2021-Q4", "2021-01", "2021-12"}) {
            assertThat(Period.require("period", period)).isEqualTo(period);
        }
    }

    @Test
    void rejectsAnythingElseNamingTheField() {
        for (String period : new String[] {
            null, "", "21", "2021-13", "2021-00", "2021-Q5", "2021-Q0", "2021-1", "2021/08", "2021-08-01", " 2021"
        }) {
            assertThatThrownBy(() -> Period.require("period", period))
                    .as(String.valueOf(period))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("period"))
                    .hasMessageContaining("2021-Q3");
        }
    }
}
