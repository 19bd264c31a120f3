package taizhang.extract.quantity;

/**
 * Decides which linked phrases are quantities, by the rules on the number itself:
 * a unit or a folded multiplier is needed; {@code 二} alone is an ordinal (a count says
 * {@code 两}); {@code 一} alone is the indefinite article ({@code 一批重大项目}) unless the
 * clause ends right after it ({@code 新建厂房一栋。}); a lone {@code 零} is a word part.
 */
final class PhraseFilter {

    /** Chars that end a clause or a list member, after which a bare amount stands alone. */
    private static final String BOUNDARIES = ",.;:!?。、)]\"'\n\r \t和及与或";

    boolean accepts(String text, Phrase phrase) {
        if (phrase.nonUnit() || phrase.excluded()) {
            return false;
        }
        char sole = phrase.soleDigit();
        if (sole == '二' || sole == '零' || sole == '〇') {
            return false;
        }
        boolean endsClause = phrase.end() >= text.length() || BOUNDARIES.indexOf(text.charAt(phrase.end())) >= 0;
        if ((sole == '一' || sole == '壹') && phrase.qualifier() == null && phrase.rangeEnd() == null && !endsClause) {
            return false;
        }
        return phrase.hasUnit() || phrase.multiplied() && endsClause;
    }
}
