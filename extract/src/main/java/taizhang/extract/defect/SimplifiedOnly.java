package taizhang.extract.defect;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import taizhang.extract.text.Normalizer;

/**
 * The chars only Simplified text uses: those the Traditional-to-Simplified table produces
 * ({@code 区} from {@code 區}) that Big5, the Traditional character set, cannot encode.
 * {@code 干}, {@code 于}, {@code 余} are produced too but are valid Traditional chars (Big5 has
 * them), so a one-char-at-a-time conversion leaving them in Traditional text is not a defect.
 */
final class SimplifiedOnly {

    private static final boolean[] TABLE = build();

    private SimplifiedOnly() {}

    static boolean is(char c) {
        return TABLE[c];
    }

    private static boolean[] build() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            char simplified = Normalizer.normalize((char) c);
            if (simplified != c && !table[simplified] && !big5.canEncode(simplified)) {
                table[simplified] = true;
            }
        }
        return table;
    }
}
