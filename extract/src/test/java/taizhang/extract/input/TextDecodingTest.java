package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private final DocumentReader reader = new DocumentReader();
    private final String seed = Fixtures.seed();

    @Test
    void readsUtf8() {
        DecodedText decoded = reader.read(seed.getBytes(StandardCharsets.UTF_8), "report.txt", "text/plain");

        assertThat(decoded.text()).isEqualTo(seed);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.format()).isEqualTo("text");
    }

    @Test
    void stripsTheUtf8ByteOrderMarkSoOffsetsMatch() {
        byte[] bytes = Fixtures.withPrefix(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed.getBytes(StandardCharsets.UTF_8));

        DecodedText decoded = reader.read(bytes);

        assertThat(decoded.text()).isEqualTo(seed).doesNotStartWith("\uFEFF");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf16WithByteOrderMarkInBothOrders() {
        byte[] little =
                Fixtures.withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE));
        byte[] big =
                Fixtures.withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, seed.getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read(little)).isEqualTo(new DecodedText(seed, "text", "UTF-16LE"));
        assertThat(reader.read(big)).isEqualTo(new DecodedText(seed, "text", "UTF-16BE"));
    }

    @Test
    void recognisesUtf16WithoutByteOrderMark() {
        assertThat(reader.read(seed.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(new DecodedText(seed, "text", "UTF-16LE"));
        assertThat(reader.read(seed.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(new DecodedText(seed, "text", "UTF-16BE"));
    }

    @Test
    void detectsGbk() {
        String text = Fixtures.encodable(seed, TextDecoder.GBK);
        assertThat(text.length()).isGreaterThan(seed.length() - 10);

        DecodedText decoded = reader.read(text.getBytes(TextDecoder.GBK), "report.txt", null);

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("GBK");
    }

    @Test
    void detectsGb18030WhenTheTextNeedsItsFourByteCharacters() {
        // 𠮷 and 䶮 are outside GBK; only GB18030 of the Chinese charsets carries them.
        String text = seed + "\n吉（𠮷）字与䶮字的写法。";

        DecodedText decoded = reader.read(text.getBytes(TextDecoder.GB18030));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void detectsBig5() {
        String text = Fixtures.encodable(seed, TextDecoder.BIG5);
        assertThat(text.length()).isGreaterThan(seed.length() * 9 / 10);

        DecodedText decoded = reader.read(text.getBytes(TextDecoder.BIG5));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo("Big5");
    }

    @Test
    void detectsShortSnippets() {
        String gbk = "全区城镇新增就业17.6万人，完成年度计划的88%。";
        String big5 = "開展民族團結政策宣講38277場。";

        assertThat(reader.read(gbk.getBytes(TextDecoder.GBK))).isEqualTo(new DecodedText(gbk, "text", "GBK"));
        assertThat(reader.read(big5.getBytes(TextDecoder.BIG5))).isEqualTo(new DecodedText(big5, "text", "Big5"));
    }

    @Test
    void detectsBig5AfterALongAsciiHead() {
        String text = "2021 report, table 1\n".repeat(20_000) + Fixtures.encodable(seed, TextDecoder.BIG5);

        DecodedText decoded = reader.read(text.getBytes(TextDecoder.BIG5));

        assertThat(decoded.charset()).isEqualTo("Big5");
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void keepsLineEndingsAsDecoded() {
        String text = "第一行\r\n第二行\r第三行\n";

        assertThat(reader.read(text.getBytes(Charset.forName("GB18030"))).text())
                .isEqualTo(text);
    }
}
