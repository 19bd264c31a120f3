package taizhang.extract.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A byte order mark is the one certain sign of a charset, so it decides before any declaration
 * or guess. The mark itself is not part of the text: offsets count from the first real character.
 */
final class ByteOrderMark {

    private ByteOrderMark() {}

    /** The text after the mark, or null if the bytes start with none. */
    static Decoded decode(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(TextDecoder.lenient(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00) && b.length % 4 == 0) {
            return new Decoded(TextDecoder.lenient(b, 4, Charset.forName("UTF-32LE")), "UTF-32LE");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(TextDecoder.lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(TextDecoder.lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(b, 0x84, 0x31, 0x95, 0x33)) {
            return new Decoded(TextDecoder.lenient(b, 4, TextDecoder.GB18030), "GB18030");
        }
        return null;
    }

    static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
