package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 调度周期: months and quarters (and whole years) by their labels, days, Chinese names and order. */
class CycleTest {

    @Test
    void parsesAndFormatsMonthsQuartersAndYears() {
        assertThat(Cycle.parse("from", "2026-10")).isEqualTo(Cycle.month(2026, 10));
        assertThat(Cycle.parse("from", "2024-Q3")).isEqualTo(Cycle.quarter(2024, 3));
        assertThat(Cycle.parse("from", "2021")).isEqualTo(new Cycle(Cycle.Kind.YEAR, 2021, 0));
        for (String label : List.of("2026-10", "2026-01", "2024-Q3", "2024-Q1", "2021")) {
            assertThat(Cycle.parse("from", label).label()).isEqualTo(label);
        }
        assertThat(Cycle.month(2026, 3).label()).isEqualTo("2026-03");
    }

    @Test
    void givesItsFirstAndLastDay() {
        assertThat(Cycle.month(2024, 2).first()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Cycle.month(2024, 2).last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Cycle.month(2026, 2).last()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Cycle.quarter(2024, 3).first()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Cycle.quarter(2024, 3).last()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Cycle.quarter(2024, 4).last()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Cycle.parse("p", "2021").first()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Cycle.parse("p", "2021").last()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void isNamedAsAReportNamesIt() {
        assertThat(Cycle.month(2026, 10).chinese()).isEqualTo("2026年10月");
        assertThat(Cycle.month(2026, 3).chinese()).isEqualTo("2026年3月");
        assertThat(Cycle.quarter(2024, 3).chinese()).isEqualTo("2024年第三季度");
        assertThat(Cycle.quarter(2024, 1).chinese()).isEqualTo("2024年第一季度");
        assertThat(Cycle.parse("p", "2021").chinese()).isEqualTo("2021年");
    }

    @Test
    void ordersByLastDayAndTheLongerFirstWhenTheyEndTogether() {
        List<Cycle> cycles = new ArrayList<>(List.of(
                Cycle.month(2021, 12),
                Cycle.quarter(2021, 1),
                Cycle.parse("p", "2021"),
                Cycle.month(2021, 2),
                Cycle.quarter(2021, 4),
                Cycle.month(2020, 12)));
        Collections.sort(cycles);
        assertThat(cycles)
                .extracting(Cycle::label)
                .containsExactly("2020-12", "2021-02", "2021-Q1", "2021", "2021-Q4", "2021-12");
        assertThat(Cycle.month(2026, 9).isBefore(Cycle.month(2026, 10))).isTrue();
        assertThat(Cycle.month(2026, 10).isBefore(Cycle.month(2026, 10))).isFalse();
        assertThat(Cycle.quarter(2026, 4).isBefore(Cycle.month(2026, 10))).isFalse();
    }

    @Test
    void ordersLabelsInTimeNotAsText() {
        List<String> labels =
                new ArrayList<>(List.of("2021-12", "2021-Q1", "2021", "2021-02", "2021-Q4", "2020-12", "其他"));
        labels.sort(Cycle.LABEL_ORDER);
        assertThat(labels).containsExactly("其他", "2020-12", "2021-02", "2021-Q1", "2021", "2021-Q4", "2021-12");
    }

    @Test
    void refusesMalformedLabelsNamingTheFieldAndTheText() {
        for (String label : new String[] {
            null,
            "",
            "21",
            "2021-13",
            "2021-00",
            "2021-Q5",
            "2021-Q0",
            "2021-1",
            "2021/08",
            "2021-08-01",
            " 2021",
            "2021-q3",
            "2021年10月",
            "0999-01"
        }) {
            assertThatThrownBy(() -> Cycle.parse("to", label))
                    .as(String.valueOf(label))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("to"))
                    .hasMessageContaining("2021-Q3")
                    .hasMessageContaining(label == null || label.isEmpty() ? "收到：空白" : "收到：“" + label + "”");
            assertThat(Cycle.tryParse(label)).isEmpty();
        }
    }

    @Test
    void refusesImpossibleCyclesBuiltInCode() {
        assertThatThrownBy(() -> Cycle.month(2026, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cycle.quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cycle(Cycle.Kind.YEAR, 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
