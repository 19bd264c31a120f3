package taizhang.extract.input;

import java.util.BitSet;
import taizhang.extract.text.Normalizer;

/**
 * Judges whether decoded text is text a person wrote or bytes read in the wrong charset.
 * Two measures: the share of characters no report contains (replacement characters, control
 * characters, private-use and unassigned code points), and, to choose between charsets that all
 * decode without error (Big5 bytes are valid GBK), the share of Chinese characters that are
 * among the most common ones.
 */
final class TextQuality {

    /** Above this share of impossible characters, the text is not readable. */
    static final double MAX_BAD_SHARE = 0.05;

    private static final int SAMPLE_CHARS = 50_000;

    // The most frequent characters of modern Chinese (Simplified; Traditional folds onto them).
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
            + "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
            + "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
            + "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流"
            + "路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领"
            + "七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采转更单风切打白教速花带安场身车例真务具万每目至达"
            + "走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众"
            + "书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选"
            + "标写存候亲快效院查江型按格养易置派层片始却专状育厂京识适属包住调满县局照参红细引听该价严治督责落措施";
    private static final BitSet COMMON_SET = commonSet();

    private TextQuality() {}

    static boolean isUnreadable(String text) {
        return badShare(text) > MAX_BAD_SHARE;
    }

    static double badShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isBad(text.charAt(i))) {
                bad++;
            }
        }
        return (double) bad / text.length();
    }

    /** The share of sampled Han characters that are common ones: high for the right charset, low for a wrong one. */
    static double commonHanShare(String text) {
        int han = 0;
        int common = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u3400' && c <= '\u9FFF') {
                han++;
                if (COMMON_SET.get(Normalizer.normalize(c))) {
                    common++;
                }
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }

    private static boolean isBad(char c) {
        if (c < 0x80) {
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F;
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return false;
        }
        if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
            return true;
        }
        int type = Character.getType(c);
        // Paired surrogates are fine; the pair is checked through its high half only.
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return type == Character.CONTROL || type == Character.UNASSIGNED;
    }

    private static BitSet commonSet() {
        BitSet set = new BitSet(0x10000);
        COMMON.chars().forEach(set::set);
        return set;
    }
}
