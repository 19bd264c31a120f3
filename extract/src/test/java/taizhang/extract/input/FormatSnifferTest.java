package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

class FormatSnifferTest {

    private final FormatSniffer sniffer = new FormatSniffer();

    @Test
    void trustsTheBytesOverTheName() {
        byte[] pdf = Fixtures.pdf(List.of("x"), null);
        byte[] page = "<!DOCTYPE html><html><body>正文</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.sniff(pdf, "report.txt", "text/plain")).isEqualTo(Format.PDF);
        assertThat(sniffer.sniff(page, "report.txt", null)).isEqualTo(Format.HTML);
    }

    @Test
    void usesTheNameOnlyWhereTheBytesLeaveItOpen() {
        byte[] fragment = "<span>正文</span>".getBytes(StandardCharsets.UTF_8);
        byte[] junkThenPdf =
                Fixtures.withPrefix("junk\n".getBytes(StandardCharsets.US_ASCII), Fixtures.pdf(List.of("x"), null));

        assertThat(sniffer.sniff(fragment, "a.html", null)).isEqualTo(Format.HTML);
        assertThat(sniffer.sniff(fragment, "a.txt", null)).isEqualTo(Format.TEXT);
        assertThat(sniffer.sniff(junkThenPdf, "a.pdf", null)).isEqualTo(Format.PDF);
    }

    @Test
    void readsTextThatMerelyMentionsAPdfHeaderAsText() {
        byte[] text = "说明：PDF 文件以 %PDF-1.7 开头。".getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.sniff(text, null, null)).isEqualTo(Format.TEXT);
    }

    @Test
    void namesWhatItRejects() {
        assertUnsupported(new byte[] {0x1F, (byte) 0x8B, 8, 0}, "压缩包");
        assertUnsupported("<?xml version=\"1.0\"?><data/>".getBytes(StandardCharsets.UTF_8), "XML");
        assertUnsupported("{\\rtf1\\ansi 正文}".getBytes(StandardCharsets.US_ASCII), "RTF");
        assertUnsupported(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "JPEG");
    }

    private void assertUnsupported(byte[] bytes, String named) {
        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> sniffer.sniff(bytes, null, null));
        assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains(named);
        BadInputTest.assertHumanMessage(e.getMessage());
    }
}
