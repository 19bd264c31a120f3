package taizhang.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import taizhang.report.Tally;

class BriefTest {

    private static Brief lagging(List<String> units) {
        return new Brief(
                "简报",
                null,
                "2021年9月30日",
                Tally.problems(23, 2, 0),
                Tally.measures(82, 2, 2),
                null,
                0,
                List.of(),
                0,
                units,
                "整改办",
                "2021年10月8日");
    }

    @Test
    void namesEveryLaggingUnitWhenFew() {
        assertThat(lagging(List.of("通辽市", "赤峰市")).lags()).isEqualTo("进度滞后或未按时报送的单位：通辽市、赤峰市。");
        assertThat(lagging(List.of()).lags()).isEqualTo("未发现逾期未完成、进度滞后或未按时报送的单位。");
    }

    @Test
    void namesTheFirstEightAndCountsTheRest() {
        List<String> units =
                IntStream.rangeClosed(1, 29).mapToObj(i -> "单位" + i).toList();
        assertThat(lagging(units).lags()).isEqualTo("进度滞后或未按时报送的单位：单位1、单位2、单位3、单位4、单位5、单位6、单位7、单位8等29个单位。");
    }
}
