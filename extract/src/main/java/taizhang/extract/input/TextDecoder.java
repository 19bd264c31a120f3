package taizhang.extract.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Decodes the bytes of a text file. The order is the one that cannot be fooled by the later
 * steps: a byte order mark is certain; UTF-16 without one shows in its zero bytes; valid UTF-8
 * is almost never an accident for Chinese text; only then is a statistical guess made, and only
 * among the charsets Chinese reports use (GBK, GB18030, Big5). Every candidate is decoded
 * strictly, so a wrong guess shows as an error rather than as garbled text.
 */
final class TextDecoder {

    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    private static final int DETECTOR_SAMPLE = 256 * 1024;
    private static final int DETECTOR_CHUNK = 16 * 1024;
    private static final int SAMPLE = 64 * 1024;

    /** Decodes by detection alone. */
    Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes with a charset the document declares (an HTML meta tag), which only a byte order
     * mark overrides; a declaration the bytes contradict falls back to detection.
     */
    Decoded decode(byte[] bytes, Charset declared) {
        Decoded result = ByteOrderMark.decode(bytes);
        if (result == null && declared != null) {
            result = fromDeclared(bytes, declared);
        }
        if (result == null) {
            result = detect(bytes);
        }
        if (TextQuality.isUnreadable(result.text())) {
            throw new ExtractionException(
                    Kind.UNREADABLE_ENCODING,
                    "无法识别文件的文字编码，解码后有大量乱码或控制字符："
                            + "文件可能不是文本，或使用了不支持的编码（支持 UTF-8、UTF-16、GBK、GB18030、Big5）。"
                            + " (text decoded as " + result.charset() + " is mostly invalid characters)");
        }
        return result;
    }

    private static Decoded fromDeclared(byte[] bytes, Charset declared) {
        List<Charset> tries = new ArrayList<>();
        // Pages declaring GB2312 or GBK routinely use characters only GBK or GB18030 has.
        if (declared.equals(GBK) || declared.name().equals("GB2312")) {
            tries.addAll(List.of(GBK, GB18030));
        } else if (declared.equals(BIG5)) {
            tries.addAll(List.of(BIG5, BIG5_HKSCS));
        } else {
            tries.add(declared);
        }
        for (Charset charset : tries) {
            String text = strict(bytes, 0, charset);
            if (text != null) {
                return new Decoded(text, charset.name());
            }
        }
        return null;
    }

    private static Decoded detect(byte[] bytes) {
        Charset utf16 = Utf16Evidence.of(bytes);
        if (utf16 != null) {
            String text = strict(bytes, 0, utf16);
            if (text != null) {
                return new Decoded(text, utf16.name());
            }
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return detectChinese(bytes);
    }

    /**
     * GBK, GB18030 or Big5: the detector's guess first. The choice is made on a sample and then
     * the whole file is decoded strictly once, because decoding 50 MB four times would cost more
     * than everything after it; a file that fails late falls through to the next charset.
     */
    private static Decoded detectChinese(byte[] bytes) {
        // ASCII tells nothing; a long English or numeric head would leave the samples no Chinese to judge.
        int start = 0;
        while (start < bytes.length && bytes[start] >= 0) {
            start++;
        }
        boolean bigFirst = isBig5Guess(guess(bytes, start));
        List<Charset> order =
                bigFirst ? List.of(BIG5, BIG5_HKSCS, GBK, GB18030) : List.of(GBK, GB18030, BIG5, BIG5_HKSCS);
        for (Charset charset : ranked(bytes, start, order)) {
            String text = strict(bytes, 0, charset);
            if (text != null) {
                return new Decoded(text, charset.name());
            }
        }
        Charset fallback = bigFirst ? BIG5_HKSCS : GB18030;
        return new Decoded(lenient(bytes, 0, fallback), fallback.name());
    }

    /** The charsets whose sample decodes strictly, in order, except that clearly more plausible Chinese goes first. */
    private static List<Charset> ranked(byte[] bytes, int start, List<Charset> order) {
        List<Charset> fitting = new ArrayList<>();
        Charset best = null;
        double bestScore = -1;
        for (Charset charset : order) {
            String sample = strictSample(bytes, start, charset);
            if (sample == null) {
                continue;
            }
            fitting.add(charset);
            double score = TextQuality.commonHanShare(sample);
            if (best == null || score > bestScore + 0.2) {
                best = charset;
                bestScore = score;
            }
        }
        if (best != null) {
            fitting.remove(best);
            fitting.add(0, best);
        }
        return fitting;
    }

    /** The decoded sample from its first non-ASCII byte, or null if invalid; a character cut by the sample's end is no error. */
    private static String strictSample(byte[] bytes, int start, Charset charset) {
        int n = Math.min(bytes.length - start, SAMPLE);
        CharBuffer out = CharBuffer.allocate(n + 16);
        CoderResult result = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, n), out, start + n == bytes.length);
        return result.isError() ? null : out.flip().toString();
    }

    private static boolean isBig5Guess(String guess) {
        return guess != null && (guess.equalsIgnoreCase("BIG5") || guess.equalsIgnoreCase("EUC-TW"));
    }

    private static String guess(byte[] bytes, int start) {
        UniversalDetector detector = new UniversalDetector();
        int end = Math.min(bytes.length, start + DETECTOR_SAMPLE);
        for (int off = start; off < end && !detector.isDone(); off += DETECTOR_CHUNK) {
            detector.handleData(bytes, off, Math.min(DETECTOR_CHUNK, end - off));
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** The text, or null if the bytes are not valid in this charset. */
    static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
