package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

class BadInputTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void rejectsEmptyInput() {
        assertRejected(new byte[0], null, Kind.EMPTY);
        assertRejected(null, null, Kind.EMPTY);
        assertRejected("  \n\t ".getBytes(StandardCharsets.UTF_8), null, Kind.EMPTY);
    }

    @Test
    void rejectsADocxOrPageWithNoText() {
        assertRejected(Fixtures.docx(List.of("", "  "), null), "空白.docx", Kind.EMPTY);
        assertRejected(
                "<html><body><nav><a>首页</a></nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "a.html",
                Kind.EMPTY);
    }

    @Test
    void rejectsRandomBytesAsUnreadable() {
        byte[] bytes = new byte[10_000];
        new Random(42).nextBytes(bytes);

        assertRejected(bytes, "data.txt", Kind.UNREADABLE_ENCODING);
    }

    @Test
    void rejectsATruncatedDocx() {
        byte[] docx = Fixtures.docx(Fixtures.seedLines(), null);

        assertRejected(Arrays.copyOf(docx, docx.length / 2), "通报.docx", Kind.MALFORMED);
    }

    @Test
    void rejectsAZipBombWithoutInflatingIt() {
        byte[] bomb = Fixtures.zipBombDocx(150L << 20);
        assertThat(bomb.length).isLessThan(2 << 20);

        long start = System.nanoTime();
        assertRejected(bomb, "bomb.docx", Kind.TOO_LARGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void rejectsAPdfWithoutTextLayerAsAScan() {
        ExtractionException e = assertRejected(Fixtures.pdfWithoutText(), "scan.pdf", Kind.NO_TEXT_LAYER);

        assertThat(e.getMessage()).contains("没有文字层", "扫描件", "OCR");
    }

    @Test
    void rejectsAnEncryptedPdf() {
        assertRejected(Fixtures.pdf(List.of("secret"), "user-password"), "secret.pdf", Kind.ENCRYPTED);
    }

    @Test
    void rejectsAPasswordProtectedDocx() {
        assertRejected(Fixtures.encryptedDocx(Fixtures.docx(List.of("机密"), null), "secret"), "通报.docx", Kind.ENCRYPTED);
    }

    @Test
    void rejectsInputOverTheConfiguredSize() {
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxInputBytes(1024));
        byte[] bytes = Fixtures.seed().getBytes(StandardCharsets.UTF_8);

        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> small.read(bytes));

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.getMessage()).contains("文件过大");
    }

    @Test
    void rejectsTextLongerThanTheConfiguredLength() {
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxTextChars(1000));

        ExtractionException e = catchThrowableOfType(
                ExtractionException.class, () -> small.read(Fixtures.seed().getBytes(StandardCharsets.UTF_8)));

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    }

    @Test
    void rejectsDeeplyNestedHtml() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "正文" + "</div>".repeat(100_000) + "</body></html>";

        assertRejected(html.getBytes(StandardCharsets.UTF_8), "deep.html", Kind.TOO_COMPLEX);
    }

    @Test
    void stopsAtTheTimeLimit() {
        DocumentReader hasty = new DocumentReader(ReadLimits.defaults().withTimeout(Duration.ofMillis(1)));
        byte[] page = Fixtures.page(null).repeat(200).getBytes(TextDecoder.GBK);

        assertThat(catchThrowableOfType(ExtractionException.class, () -> hasty.read(page))
                        .kind())
                .isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void rejectsABrokenOfficeFileAndImagesNamingWhatTheyAre() {
        byte[] ole2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0);
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');

        // Only the header of a Word 97–2003 file: DocReadingTest reads whole ones.
        assertThat(assertRejected(ole2, "通报.doc", Kind.MALFORMED).getMessage()).contains(".doc", "已损坏");
        assertThat(assertRejected(png, "scan.png", Kind.UNSUPPORTED_TYPE).getMessage())
                .contains("PNG", "OCR");
    }

    @Test
    void rejectsAFileWhoseContentDoesNotMatchItsName() {
        assertRejected("just text".getBytes(StandardCharsets.UTF_8), "report.pdf", Kind.MALFORMED);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private ExtractionException assertRejected(byte[] bytes, String fileName, Kind kind) {
        ExtractionException e =
                catchThrowableOfType(ExtractionException.class, () -> reader.read(bytes, fileName, null));
        assertThat(e).as("expected %s", kind).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertHumanMessage(e.getMessage());
        return e;
    }

    /** A sentence in Chinese first; the English technical reason, if any, after it in brackets; no stack trace. */
    static void assertHumanMessage(String message) {
        assertThat(message).isNotBlank().doesNotContain("\tat ", "java.", "org.");
        String sentence = message.contains(" (") ? message.substring(0, message.indexOf(" (")) : message;
        assertThat(sentence.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count())
                .as(message)
                .isGreaterThanOrEqualTo(6);
        assertThat(sentence).as(message).endsWith("。");
    }
}
