package taizhang.extract.defect;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * A count whose number was lost: {@code 受理辦件件}, {@code 完成擴面任務人}. Looked for where a
 * clause ends in a measure word that is not the tail of a word ({@code 文件}, {@code 责任人} are
 * words, checked against HanLP's core dictionary), has no number before it, and follows a verb
 * that introduces a count ({@code 受理}, {@code 完成}) within a few chars, in a clause without
 * figures. The defect spans from that verb to the measure word.
 */
final class MissingNumber {

    private static final String UNITS = "件人个项次户家亩吨元场所座条套台名处例宗批辆间栋";
    private static final String NUMBER_CHARS = "0123456789〇零一二两三四五六七八九十百千万亿余多几数";
    private static final String CLAUSE_ENDS = "。,;:!?、\n\"";
    private static final List<String> COUNT_VERBS = List.of(
            "受理", "完成", "累计", "新增", "办理", "办结", "达到", "推送", "培训", "开展", "解决", "发放", "覆盖", "惠及", "帮扶", "安置", "处理", "查处",
            "立案", "举办", "召开", "建成", "实施", "排查", "接待", "走访", "签约", "引进", "吸纳", "带动", "新建", "改造", "创建", "培育", "认定", "审结",
            "执结", "化解", "共");
    /** The first chars of the count verbs: elsewhere no verb starts. */
    private static final boolean[] VERB_FIRST =
            table(COUNT_VERBS.stream().map(v -> v.substring(0, 1)).collect(java.util.stream.Collectors.joining()));
    /** {@link #CLAUSE_ENDS} as a table: every char of the text is checked. */
    private static final boolean[] CLAUSE_END = table(CLAUSE_ENDS);
    /** A verb further back than this is not the one counting this measure word. */
    private static final int MAX_VERB_DISTANCE = 8;

    private MissingNumber() {}

    static List<Defect> find(String original, String n) {
        List<Defect> defects = new ArrayList<>();
        int clauseStart = 0;
        boolean figures = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (CLAUSE_END[c]) {
                if (!figures && i - clauseStart >= 2 && UNITS.indexOf(n.charAt(i - 1)) >= 0) {
                    Defect d = candidate(original, n, clauseStart, i);
                    if (d != null) {
                        defects.add(d);
                    }
                }
                clauseStart = i + 1;
                figures = false;
            } else if (c >= '0' && c <= '9') {
                figures = true;
            }
        }
        return defects;
    }

    /** The clause {@code [start, end)} ends in a measure word at {@code end - 1}. */
    private static Defect candidate(String original, String n, int start, int end) {
        int unit = end - 1;
        char before = n.charAt(unit - 1);
        if (NUMBER_CHARS.indexOf(before) >= 0) {
            return null;
        }
        // The verb is looked for before the dictionary: most clauses have none, and it is cheaper.
        int verb = countVerb(n, Math.max(start, unit - MAX_VERB_DISTANCE), unit);
        if (verb < 0 || endsWord(n, start, end)) {
            return null;
        }
        return new Defect(verb, end, original.substring(verb, end), DefectKind.MISSING_NUMBER);
    }

    /** Whether the measure word is the last char of a dictionary word (文件, 责任人, 事项). */
    private static boolean endsWord(String n, int start, int end) {
        char unit = n.charAt(end - 1);
        if (n.charAt(end - 2) == unit) {
            return false;
        }
        for (int len = 2; len <= 4 && end - len >= start; len++) {
            if (CoreDictionary.contains(n.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    private static int countVerb(String n, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!VERB_FIRST[n.charAt(i)]) {
                continue;
            }
            for (String verb : COUNT_VERBS) {
                if (n.startsWith(verb, i) && i + verb.length() <= to) {
                    return i;
                }
            }
        }
        return -1;
    }
}
