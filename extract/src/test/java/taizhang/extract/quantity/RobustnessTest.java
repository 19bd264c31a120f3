package taizhang.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import taizhang.extract.eval.DevelopmentSet;
import taizhang.extract.text.Normalizer;

/**
 * Any text, however broken, gives a list and never an exception, and in bounded time.
 * Seeded so a failure replays; iterations bounded so the suite stays fast.
 */
class RobustnessTest {

    /** Chars the grammar reacts to, so random strings exercise its branches, not just skip. */
    private static final String ALPHABET =
            "0123456789.,-—~/%％ 〇零一二两兩三四五六七八九十百千万萬亿億壹贰拾佰仟点" + "个個余多近约超以上下左右及和、至到元吨千瓦时平方米亩人次第前每年月日号《》“”\"()5GPMkW\n成百分之";

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void randomStringsNeverThrow() {
        Random random = new Random(20211228L);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(10) == 0
                        ? (char) random.nextInt(0x10000)
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            checkConsistent(new String(chars));
        }
    }

    @Test
    void mutatedSlicesOfTheSeedNeverThrow() {
        String seed = DevelopmentSet.seedText();
        Random random = new Random(7L);
        for (int round = 0; round < 3_000; round++) {
            int from = random.nextInt(seed.length());
            int to = Math.min(seed.length(), from + random.nextInt(300));
            StringBuilder slice = new StringBuilder(seed.substring(from, to));
            for (int m = random.nextInt(6); m > 0 && slice.length() > 0; m--) {
                int at = random.nextInt(slice.length());
                switch (random.nextInt(3)) {
                    case 0 -> slice.deleteCharAt(at);
                    case 1 -> slice.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> slice.setCharAt(at, (char) random.nextInt(0x10000));
                }
            }
            checkConsistent(slice.toString());
        }
    }

    @Test
    void longRunsOfDigitsAndNumeralsStayLinear() {
        String hostile = "9".repeat(200_000)
                + "亿".repeat(50_000)
                + "一二三四五六七八九十".repeat(20_000)
                + "1,".repeat(50_000)
                + "《".repeat(10_000)
                + "\"".repeat(10_000);

        // A generous bound: a quadratic scan would take minutes here, a linear one milliseconds.
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatCode(() -> extractor.find(hostile, Normalizer.normalize(hostile)))
                        .doesNotThrowAnyException());
    }

    private void checkConsistent(String text) {
        List<Quantity> found = extractor.find(text, Normalizer.normalize(text));
        for (Quantity q : found) {
            assertThat(q.start()).isBetween(0, q.end() - 1);
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.value().signum()).isNotNegative();
        }
    }
}
