package taizhang.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void foldsTraditionalToSimplifiedCharByChar() {
        assertThat(Normalizer.normalize("2萬余名黨員干部，兩個億元")).isEqualTo("2万余名党员干部,两个亿元");
    }

    @Test
    void foldsFullWidthDigitsPunctuationAndDashes() {
        assertThat(Normalizer.normalize("１—８月（一）“五項”")).isEqualTo("1-8月(一)\"五项\"");
    }

    @Test
    void keepsTheLengthOfEveryInput() {
        String text = "經過集中攻堅和持續整改,整改工作取得了重要階段性成效。𠀀乾隆";
        assertThat(Normalizer.normalize(text)).hasSameSizeAs(text);
    }
}
