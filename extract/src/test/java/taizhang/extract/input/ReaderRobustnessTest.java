package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import taizhang.extract.ExtractionException;

/**
 * Random bytes and mutated valid documents, from a fixed seed so a failure repeats: whatever
 * comes in, {@code read} returns text or throws {@link ExtractionException}, within its deadline.
 */
class ReaderRobustnessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int CASES = 400;

    private final DocumentReader reader =
            new DocumentReader(ReadLimits.defaults().withTimeout(TIMEOUT));

    @Test
    void onlyTypedErrorsEscapeFromRandomAndMutatedInput() {
        Random random = new Random(20211025);
        List<byte[]> valid = validDocuments();
        String[] names = {null, "a.txt", "a.html", "a.docx", "a.pdf", "a.doc"};
        for (int i = 0; i < CASES; i++) {
            byte[] input = i % 4 == 0 ? randomBytes(random) : mutate(valid.get(random.nextInt(valid.size())), random);
            readWithinDeadline(input, names[random.nextInt(names.length)], i);
        }
    }

    private void readWithinDeadline(byte[] input, String name, int caseNumber) {
        long start = System.nanoTime();
        try {
            reader.read(input, name, null);
        } catch (ExtractionException expected) {
            BadInputTest.assertHumanMessage(expected.getMessage());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("case %d", caseNumber)
                .isLessThan(TIMEOUT.plusSeconds(2));
    }

    private static List<byte[]> validDocuments() {
        String line = Fixtures.seedLines().get(2);
        String page = "<html><head><meta charset=\"gbk\"></head><body><nav>首页</nav><div><p>" + line
                + "</p><table><tr><td>指标</td><td>88%</td></tr></table></div></body></html>";
        return List.of(
                line.getBytes(StandardCharsets.UTF_8),
                line.getBytes(TextDecoder.GBK),
                Fixtures.encodable(line, TextDecoder.BIG5).getBytes(TextDecoder.BIG5),
                line.getBytes(StandardCharsets.UTF_16LE),
                page.getBytes(TextDecoder.GBK),
                Fixtures.docx(List.of(line), new String[][] {{"问题", "完成率"}, {"民族工作", "88%"}}),
                DocReadingTest.file("ledger.doc"),
                Fixtures.pdf(List.of("Progress report 2021", "38277 sessions"), null));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        String[] magic = {"", "%PDF-1.7\n", "PK\u0003\u0004", "<html><body>", "\u00EF\u00BB\u00BF", "\u00FF\u00FE"};
        byte[] prefix = magic[random.nextInt(magic.length)].getBytes(StandardCharsets.ISO_8859_1);
        return Fixtures.withPrefix(prefix, bytes);
    }

    /** Flipped bytes, a cut, a duplicated or deleted stretch: the damage real files suffer. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 2; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> {
                    int len = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    bytes = Fixtures.withPrefix(
                            Arrays.copyOf(bytes, at + len), Arrays.copyOfRange(bytes, at, bytes.length));
                }
                default -> {
                    int len = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    byte[] cut = Arrays.copyOf(bytes, at);
                    bytes = Fixtures.withPrefix(cut, Arrays.copyOfRange(bytes, at + len, bytes.length));
                }
            }
        }
        return bytes;
    }
}
