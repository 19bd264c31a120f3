package taizhang.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import taizhang.extract.quantity.NumberReader.NumberToken;
import taizhang.extract.quantity.Quantity.Qualifier;

/**
 * One pass over the normalised view that reads every number with what is glued to it:
 * a leading qualifier, the unit (or a non-unit such as a date), a rate denominator
 * ({@code 吨/年}) and a trailing qualifier. A number starts only where no numeral precedes,
 * so each char is looked at a bounded number of times.
 */
final class PhraseScanner {

    private final UnitLexicon lexicon;
    private final NumberReader numbers;
    private final ContextRules context;

    PhraseScanner(UnitLexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon);
        this.context = new ContextRules();
    }

    List<Phrase> scan(String text) {
        ShieldedRegions shielded = ShieldedRegions.of(text);
        List<Phrase> phrases = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!NumberReader.isAsciiDigit(c) && !ChineseNumerals.isNumeralChar(c)) {
                // No number starts here (百分之 and 亿元以上 start with numeral chars too).
                i++;
                continue;
            }
            NumberToken token = tokenAt(text, i);
            Phrase phrase = token == null ? null : phrase(text, token, shielded);
            if (phrase != null) {
                phrases.add(phrase);
                i = Math.max(phrase.end(), i + 1);
            } else {
                i = token == null ? i + 1 : Math.max(token.end(), i + 1);
            }
        }
        return phrases;
    }

    private NumberToken tokenAt(String text, int i) {
        char c = text.charAt(i);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        if (NumberReader.isAsciiDigit(c)) {
            boolean insideNumber = NumberReader.isAsciiDigit(prev)
                    || (prev == '.' || prev == ',') && i > 1 && NumberReader.isAsciiDigit(text.charAt(i - 2));
            return insideNumber ? null : numbers.read(text, i);
        }
        if (c == '百' && text.startsWith("百分之", i)) {
            return numbers.readPercentWords(text, i);
        }
        if (ChineseNumerals.canStart(c) && !ChineseNumerals.isNumeralChar(prev)) {
            return numbers.read(text, i);
        }
        if (ChineseNumerals.power(c) >= 100
                && !ChineseNumerals.isNumeralChar(prev)
                && !NumberReader.isAsciiDigit(prev)
                && prev != '余'
                && prev != '多'
                && prev != '个') {
            return threshold(text, i);
        }
        return null;
    }

    /** {@code 亿元以上}: a multiplier with no digit stands for one of it, only as a threshold. */
    private NumberToken threshold(String text, int at) {
        BigDecimal value = BigDecimal.ONE;
        int i = at;
        while (i < text.length() && i - at < 3 && ChineseNumerals.power(text.charAt(i)) >= 100) {
            value = value.multiply(BigDecimal.valueOf(ChineseNumerals.power(text.charAt(i))));
            i++;
        }
        UnitLexicon.Entry unit = lexicon.longestAt(text, i);
        if (unit == null || !unit.isUnit()) {
            return null;
        }
        int after = i + unit.written().length();
        boolean threshold = text.startsWith("以上", after)
                || text.startsWith("以下", after)
                || text.startsWith("及以上", after)
                || text.startsWith("及以下", after);
        return threshold ? new NumberToken(at, i, value, true, true, false, (char) 0) : null;
    }

    private Phrase phrase(String text, NumberToken token, ShieldedRegions shielded) {
        int n = text.length();
        int at = token.end();
        if (!token.chinese() && at < n && text.charAt(at) == ' ') {
            at++;
        }
        UnitLexicon.Entry entry = lexicon.longestAt(text, at);
        String unit = null;
        boolean nonUnit = false;
        int end = token.end();
        if (token.start() + 3 <= token.end() && text.startsWith("百分之", token.start())) {
            unit = "%";
        } else if (entry != null) {
            end = at + entry.written().length();
            if (entry.isUnit()) {
                UnitLexicon.Entry denominator = denominator(text, end);
                unit = denominator == null ? entry.unit() : entry.unit() + "/" + denominator.unit();
                end += denominator == null ? 0 : 1 + denominator.written().length();
            } else {
                nonUnit = true;
            }
        }
        Qualifier qualifier = token.more() ? Qualifier.MORE : null;
        int suffixLength = Qualifiers.suffixLength(text, end);
        if (suffixLength > 0 && !nonUnit) {
            qualifier = Qualifiers.suffix(text, end);
            end += suffixLength;
        }
        int prefixLength = Qualifiers.prefixLength(text, token.start());
        if (prefixLength > 0) {
            qualifier = Qualifiers.prefix(text, token.start());
        }
        boolean excluded = shielded.contains(token.start())
                || context.excludes(text, token, unit != null ? end : token.end(), token.start() - prefixLength);
        return new Phrase(
                token.start() - prefixLength,
                token.start(),
                token.end(),
                end,
                token.value(),
                unit,
                qualifier,
                nonUnit,
                excluded,
                token.chinese(),
                token.multiplied(),
                token.soleDigit(),
                null);
    }

    /**
     * The denominator of a rate after the unit ending at {@code slash}: 吨/年, 微克/立方米.
     * A time word is no unit on its own, but it is one under a slash.
     */
    private UnitLexicon.Entry denominator(String text, int slash) {
        if (slash + 1 >= text.length() || text.charAt(slash) != '/') {
            return null;
        }
        UnitLexicon.Entry entry = lexicon.longestAt(text, slash + 1);
        if (entry == null) {
            return null;
        }
        return entry.isUnit() ? entry : new UnitLexicon.Entry(entry.written(), entry.written());
    }
}
