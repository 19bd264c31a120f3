package taizhang.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completion rate = latest value / target, and which reading is the latest. */
class IndicatorTest {

    private static Indicator withTarget(String target) {
        return new Indicator(
                1, 1, 1L, "新增新能源装机", "千瓦", target == null ? null : new BigDecimal(target), BigDecimal.ZERO, 0);
    }

    private static Reading reading(long id, String period, String value) {
        return new Reading(id, 1, period, new BigDecimal(value), null, null, null);
    }

    @Test
    void completionRateIsTheLatestValueOverTargetInPercent() {
        List<Reading> readings = List.of(reading(1, "2021-06", "3000000"), reading(2, "2021-08", "5772000"));
        assertThat(withTarget("10000000").completionRate(readings)).contains(new BigDecimal("57.72"));
    }

    @Test
    void completionRateRoundsHalfUpToTwoDecimals() {
        assertThat(withTarget("3").completionRate(List.of(reading(1, "2021", "1"))))
                .contains(new BigDecimal("33.33"));
        assertThat(withTarget("3").completionRate(List.of(reading(1, "2021", "2"))))
                .contains(new BigDecimal("66.67"));
        assertThat(withTarget("8").completionRate(List.of(reading(1, "2021", "1"))))
                .contains(new BigDecimal("12.50"));
    }

    @Test
    void completionRateMayExceedAHundredPercent() {
        assertThat(withTarget("10000").completionRate(List.of(reading(1, "2021", "12000"))))
                .contains(new BigDecimal("120.00"));
    }

    @Test
    void noCompletionRateWithoutTargetOrWithZeroTarget() {
        List<Reading> readings = List.of(reading(1, "2021", "5"));
        assertThat(withTarget(null).completionRate(readings)).isEmpty();
        assertThat(withTarget("0").completionRate(readings)).isEmpty();
        assertThat(withTarget("0.000").completionRate(readings)).isEmpty();
    }

    @Test
    void noCompletionRateWithoutReadings() {
        assertThat(withTarget("100").completionRate(List.of())).isEmpty();
    }

    @Test
    void latestIsTheReadingOfTheLatestPeriodWhateverTheOrderRecorded() {
        List<Reading> readings = List.of(
                reading(1, "2021-08", "8"),
                reading(2, "2021-03", "3"),
                reading(3, "2021-11", "11"),
                reading(4, "2020-12", "0"));
        assertThat(Indicator.latest(readings)).map(Reading::id).contains(3L);
    }

    @Test
    void aPeriodReadTwiceTakesTheLastRecordedReading() {
        List<Reading> readings =
                List.of(reading(5, "2021-08", "2"), reading(9, "2021-08", "3"), reading(7, "2021-08", "1"));
        assertThat(Indicator.latest(readings)).map(Reading::id).contains(9L);
    }

    @Test
    void latestComparesQuartersAndMonthsInTimeOrder() {
        // 2021-Q1 ended in March, long before December: text order would put it last.
        List<Reading> readings = List.of(reading(1, "2021-12", "12"), reading(2, "2021-Q1", "3"));
        assertThat(Indicator.latest(readings)).map(Reading::id).contains(1L);
        List<Reading> quarters = List.of(reading(3, "2021-Q3", "9"), reading(4, "2021-07", "7"));
        assertThat(Indicator.latest(quarters)).map(Reading::id).contains(3L);
    }

    @Test
    void aYearEndsWithItsLastMonth() {
        assertThat(Indicator.latest(List.of(reading(1, "2021", "100"), reading(2, "2021-06", "50"))))
                .map(Reading::id)
                .contains(1L);
        assertThat(Indicator.latest(List.of(reading(1, "2020", "100"), reading(2, "2021-01", "5"))))
                .map(Reading::id)
                .contains(2L);
    }

    @Test
    void ofPeriodsEndingTogetherTheShorterIsTheLaterWhateverTheOrderRecorded() {
        assertThat(Indicator.latest(
                        List.of(reading(1, "2021-12", "12"), reading(2, "2021", "100"), reading(3, "2021-Q4", "30"))))
                .map(Reading::id)
                .contains(1L);
    }

    @Test
    void readingsAreListedInTimeOrder() {
        List<Reading> readings = new java.util.ArrayList<>(List.of(
                reading(1, "2021-12", "12"),
                reading(2, "2021-Q1", "3"),
                reading(3, "2021", "100"),
                reading(4, "2020-12", "0"),
                reading(5, "2021-Q1", "4")));
        readings.sort(Reading.TIME_ORDER);
        assertThat(readings).extracting(Reading::id).containsExactly(4L, 2L, 5L, 3L, 1L);
    }

    @Test
    void completionRateTakesTheLatestPeriodNotTheLastRecorded() {
        List<Reading> readings = List.of(reading(1, "2021-12", "80"), reading(2, "2021-Q1", "30"));
        assertThat(withTarget("100").completionRate(readings)).contains(new BigDecimal("80.00"));
    }

    @Test
    void noLatestWithoutReadings() {
        assertThat(Indicator.latest(List.of())).isEmpty();
    }
}
