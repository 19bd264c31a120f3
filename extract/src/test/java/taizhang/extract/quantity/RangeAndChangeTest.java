package taizhang.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static taizhang.extract.quantity.QuantityGrammarTest.find;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.quantity.Quantity.RangeEnd;

class RangeAndChangeTest {

    @Test
    void rangeGivesBothEndsWithTheSharedUnit() {
        for (String sentence : List.of("建设3至5个示范区", "建设3-5个示范区", "建设3—5个示范区", "建设三至五个示范区")) {
            List<Quantity> found = find(sentence);

            assertThat(found).as(sentence).hasSize(2);
            assertThat(found.get(0).rangeEnd()).isEqualTo(RangeEnd.LOW);
            assertThat(found.get(0).value()).isEqualByComparingTo("3");
            assertThat(found.get(0).unit()).isEqualTo("个");
            assertThat(found.get(1).rangeEnd()).isEqualTo(RangeEnd.HIGH);
            assertThat(found.get(1).value()).isEqualByComparingTo("5");
            assertThat(found.get(1).text()).endsWith("个");
        }
    }

    @Test
    void lowEndTakesTheMultiplierWrittenOnlyOnTheHighEnd() {
        List<Quantity> found = find("每户补助3至5万元");

        assertThat(found)
                .extracting(Quantity::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30000"), new BigDecimal("50000"));
    }

    @Test
    void listMembersShareTheUnitWrittenAfterTheLast() {
        String sentence = "分别较上年末增加2.57萬、8.77萬和4.94萬人。";

        List<Quantity> found = find(sentence);

        assertThat(found).extracting(Quantity::text).containsExactly("2.57萬", "8.77萬", "4.94萬人");
        assertThat(found).extracting(Quantity::unit).containsOnly("人");
        assertThat(found).extracting(Quantity::rangeEnd).containsOnlyNulls();
    }

    @Test
    void readsIncreaseAndDecreaseWithTheirBasis() {
        assertThat(find("同比增長16.2%").get(0).change()).isEqualTo(new Change(Change.Kind.INCREASE, "同比"));
        assertThat(find("比年初增加494.4億元").get(0).change()).isEqualTo(new Change(Change.Kind.INCREASE, "比年初"));
        assertThat(find("較上年增長近13億元").get(0).change()).isEqualTo(new Change(Change.Kind.INCREASE, "较上年"));
        assertThat(find("較2020年增加78家").get(0).change()).isEqualTo(new Change(Change.Kind.INCREASE, "较2020年"));
        assertThat(find("同比下降20.7%").get(0).change()).isEqualTo(new Change(Change.Kind.DECREASE, "同比"));
    }

    @Test
    void readsCompletionAndShare() {
        assertThat(find("完成年度計劃的88%").get(0).change()).isEqualTo(new Change(Change.Kind.COMPLETION, "年度计划"));
        assertThat(find("完成率59.3%").get(0).change()).isEqualTo(new Change(Change.Kind.COMPLETION, null));
        assertThat(find("其中脫貧地區7.54億元,占23%。").get(1).change()).isEqualTo(new Change(Change.Kind.SHARE, null));
    }

    @Test
    void aVerbEarlierInTheClauseIsNotTheAmountsChange() {
        assertThat(find("第三產業實現增加值4626.2億元").get(0).change()).isNull();
        assertThat(find("違規占用草原的14家煤礦").get(0).change()).isNull();
        assertThat(find("完成投資11.38億元").get(0).change()).isNull();
    }
}
