package taizhang.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random text and mutated slices of the seed never make the extractor throw anything but
 * {@link ExtractionException}, and never make it slow. Seeded, so a failure repeats.
 */
class ExtractorRobustnessTest {

    private static final String ALPHABET = "0123456789.、,，。；：;:()（）《》“”\"-—~至到是第一二三四五六七八九十百千万亿两"
            + "年月日底份季度上下半今以来截止自治区党委纪委监委通辽市兴安盟扎赉特旗件人个项余多近约以上%"
            + "(guān)abcāáǎà 　\n\r\t\u0000\uD800\uFFFF受理办完成扩面任务《十四五》";
    private static final int CASES = 3000;

    @Test
    void randomTextNeverBreaksTheExtractor() {
        Random random = new Random(20211231L);
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            String text = randomText(random, random.nextInt(200));
            assertThatCode(() -> extract(text)).as(text).doesNotThrowAnyException();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void mutatedSlicesOfTheSeedNeverBreakTheExtractor() {
        String seed = DevelopmentSet.seedText();
        Random random = new Random(7L);
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            int from = random.nextInt(seed.length());
            int to = Math.min(seed.length(), from + random.nextInt(2000));
            StringBuilder s = new StringBuilder(seed.substring(from, to));
            for (int m = random.nextInt(10); m > 0 && s.length() > 0; m--) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String text = s.toString();
            assertThatCode(() -> extract(text)).as(text).doesNotThrowAnyException();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    private static void extract(String text) {
        try {
            Extractor.extract(text, Hints.none());
        } catch (ExtractionException expected) {
            // The one exception the library may throw: bad input, told to a person.
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(
                    random.nextInt(10) == 0
                            ? (char) random.nextInt(0x10000)
                            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
