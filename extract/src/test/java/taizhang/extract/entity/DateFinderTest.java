package taizhang.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import taizhang.extract.text.Normalizer;

class DateFinderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1—8月|2021-01-01/2021-08-31",
                "1-7月|2021-01-01/2021-07-31",
                "截至8月底|../2021-08-31",
                "8月底|2021-08-31",
                "6月份|2021-06-01/2021-06-30",
                "2021—2023年|2021-01-01/2023-12-31",
                "2010年至2020年|2010-01-01/2020-12-31",
                "今年以來|2021-01-01/..",
                "今年上半年|2021-01-01/2021-06-30",
                "上半年|2021-01-01/2021-06-30",
                "前三季度|2021-01-01/2021-09-30",
                "“十四五”|2021-01-01/2025-12-31",
                "2021年|2021-01-01/2021-12-31",
                "2021年度|2021-01-01/2021-12-31",
                "2021年春季|2021-03-01/2021-05-31",
                "2021年8月|2021-08-01/2021-08-31",
                "2021年5月26日|2021-05-26",
                "去年|2020-01-01/2020-12-31",
                "2025年底|2025-12-31",
            })
    void resolvesAgainstTheReportYear(String phrase, String iso) {
        List<DateMention> dates = find("在" + phrase + "，");
        assertThat(dates).hasSize(1);
        assertThat(dates.get(0).text()).isEqualTo(phrase);
        assertThat(dates.get(0).iso()).isEqualTo(iso);
    }

    @Test
    void leavesCountsOrdinalsAndImpossibleDatesAlone() {
        assertThat(find("为期3个月,第九批,17.6萬人,2月30日,13月,“八五”普法,十五个")).isEmpty();
    }

    private static List<DateMention> find(String text) {
        return DateFinder.find(text, Normalizer.normalize(text), 2021);
    }
}
