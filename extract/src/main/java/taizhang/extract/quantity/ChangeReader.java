package taizhang.extract.quantity;

/**
 * Reads the {@link Change} an amount states from the words right before it in its clause:
 * {@code 同比增长16.2%}, {@code 比年初增加494.4亿元}, {@code 完成年度计划的88%}, {@code 占23%}.
 * The verb must sit at the end of those words (allowing a linking word such as 达到), so an
 * earlier verb in the clause is not taken for the amount's.
 */
final class ChangeReader {

    /** How far back a clause is read. */
    private static final int WINDOW = 24;
    /** Words allowed between the verb and the amount: 增长了, 提高到, 增加达到. */
    private static final String[] LINKS = {"", "了", "达", "到", "达到", "为", "至"};
    /** 占 in these words means occupy, not a share: 占用, 侵占. */
    private static final String NOT_AFTER_SHARE = "用有据领地";

    private static final String NOT_BEFORE_SHARE = "侵挤霸抢";
    private static final String CLAUSE_ENDS = ",;。!?:\n";
    private static final String[] INCREASES = {"增长", "增加", "提高", "上升", "提升", "上涨", "增幅", "多"};
    private static final String[] DECREASES = {"下降", "减少", "降低", "下滑", "回落", "降幅", "少"};
    private static final String[] BASES = {"较上年同期", "比上年同期", "较上年末", "比上年末", "较年初", "比年初", "较上年", "比上年", "同比", "环比"};

    /**
     * @param floor where the previous quantity ended: words before it belong to that one
     */
    Change read(String text, int start, int floor) {
        int from = Math.max(floor, start - WINDOW);
        for (int i = start - 1; i >= from; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        // The clause's words are text[from, start): read in place, as most amounts state no change.
        Words words = new Words(text, from, start);
        int share = words.lastIndexOf("占");
        if (share >= 0 && isShare(words, share)) {
            return new Change(Change.Kind.SHARE, between(words, share + 1));
        }
        int done = words.lastIndexOf("完成");
        if (done >= 0 && (words.endsWith("的") || words.endsWith("完成率"))) {
            return new Change(Change.Kind.COMPLETION, between(words, done + 2));
        }
        if (endsWithAny(words, INCREASES)) {
            return new Change(Change.Kind.INCREASE, basis(words));
        }
        if (endsWithAny(words, DECREASES)) {
            return new Change(Change.Kind.DECREASE, basis(words));
        }
        return null;
    }

    /** What lies between the verb and 的: 完成年度计划的 → 年度计划; null when nothing does. */
    private static String between(Words words, int from) {
        int to = words.endsWith("的") ? words.end - 1 : words.end;
        String basis = from < to ? words.text.substring(from, to) : "";
        return basis.isEmpty() || basis.equals("率") ? null : basis;
    }

    private static boolean isShare(Words words, int at) {
        boolean occupy = at + 1 < words.end && NOT_AFTER_SHARE.indexOf(words.text.charAt(at + 1)) >= 0
                || at > words.start && NOT_BEFORE_SHARE.indexOf(words.text.charAt(at - 1)) >= 0;
        return !occupy;
    }

    private static boolean endsWithAny(Words words, String[] verbs) {
        for (String link : LINKS) {
            if (!words.endsWith(link)) {
                continue;
            }
            int verbEnd = words.end - link.length();
            for (String verb : verbs) {
                if (words.hasAt(verb, verbEnd - verb.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 同比, 比年初, 较上年; also 较2020年 written with a year. */
    private static String basis(Words words) {
        for (String basis : BASES) {
            if (words.indexOf(basis) >= 0) {
                return basis;
            }
        }
        int year = words.indexOf("年");
        String text = words.text;
        if (year - words.start >= 5
                && (text.charAt(year - 5) == '较' || text.charAt(year - 5) == '比')
                && Character.isDigit(text.charAt(year - 1))) {
            return text.substring(year - 5, year + 1);
        }
        return null;
    }

    /** A stretch {@code text[start, end)} searched without copying it; indices are into {@code text}. */
    private record Words(String text, int start, int end) {

        boolean hasAt(String word, int at) {
            return at >= start && at + word.length() <= end && text.startsWith(word, at);
        }

        boolean endsWith(String word) {
            return hasAt(word, end - word.length());
        }

        int indexOf(String word) {
            for (int i = start; i + word.length() <= end; i++) {
                if (text.startsWith(word, i)) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(String word) {
            for (int i = end - word.length(); i >= start; i--) {
                if (text.startsWith(word, i)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
