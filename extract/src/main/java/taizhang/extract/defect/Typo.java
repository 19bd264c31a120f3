package taizhang.extract.defect;

import java.util.ArrayList;
import java.util.List;

/**
 * Miswritten words: the forms that guides to official writing (公文写作) list as common errors, each
 * wrong in any context ({@code 必须品} for 必需品, {@code 迫不急待}), and {@code 标注} (to mark) where a
 * noun calls for {@code 标准} (a standard: {@code 保障标准}, {@code 补助标准}). Matched in the
 * normalised (Simplified) view, so one list serves both scripts. A form that is right in some
 * context ({@code 截止}/{@code 截至}, {@code 必须}/{@code 必需}) is not listed.
 */
final class Typo {

    private static final String[] WRONG = {
        "必须品", "布署", "部暑", "惯彻", "贯切", "迫不急待", "再接再励", "一愁莫展", "走头无路", "默守成规", "甘败下风", "针贬", "按步就班", "矫柔造作", "谈笑风声",
        "蛛丝蚂迹", "记忆尤新", "一如继往", "穿流不息", "不径而走", "既往不究", "各行其事", "出类拔粹", "中饱私襄", "食不裹腹", "言简意骇", "修茸", "寒喧", "幅射", "气慨",
        "装祯", "安祥", "峻工", "编篡", "国藉", "户藉", "书藉", "防碍", "坐阵", "复盖", "一股作气", "竞竞业业", "陷井", "追朔", "渲泄", "脉博", "通谍", "训戒",
        "沉缅", "侯车", "剑拔驽张", "明火执杖", "悬梁刺骨", "纷至踏来", "震憾", "感概", "贪脏", "挑肥捡瘦", "尤如", "直接了当", "一诺千斤", "原形毕漏", "忧心仲仲",
        "真知卓见", "自抱自弃", "报歉", "盅惑", "迁徒", "粗旷", "精萃", "消声匿迹", "松驰", "发韧", "凑和", "提心掉胆", "关健"
    };
    /** Nouns that take a standard ({@code 标准}), never a mark ({@code 标注}), right after them. */
    private static final String[] STANDARD_OF = {
        "保障", "补助", "补贴", "收费", "排放", "执行", "建设", "考核", "救助", "抚恤", "工资", "赔偿", "供养"
    };

    private static final String MARK = "标注";
    /** The wrong forms by their first char. */
    private static final String[][] BY_FIRST = byFirst();
    /** The first and the second chars of the wrong forms, as tables: every char of the text is looked up. */
    private static final boolean[] FIRST = charsAt(0);

    private static final boolean[] SECOND = charsAt(1);
    /** Every char of every wrong form. */
    private static final boolean[] ANY = anyChar();

    private Typo() {}

    static List<Defect> find(String original, String normalized) {
        List<Defect> defects = new ArrayList<>();
        int last = normalized.length() - 1;
        int i = 0;
        while (i < last) {
            char next = normalized.charAt(i + 1);
            // Every wrong form has two chars or more: a char in none of them starts no match here nor after it, so
            // most of the text is passed over two chars a look-up.
            if (!ANY[next]) {
                i += 2;
                continue;
            }
            int end = FIRST[normalized.charAt(i)] && SECOND[next] ? match(normalized, i) : -1;
            if (end > 0) {
                defects.add(new Defect(i, end, original.substring(i, end), DefectKind.TYPO));
                i = end;
            } else {
                i++;
            }
        }
        return defects;
    }

    /** The end of the wrong form starting at {@code i}, or -1. */
    private static int match(String normalized, int i) {
        for (String wrong : BY_FIRST[normalized.charAt(i)]) {
            if (normalized.startsWith(wrong, i)) {
                return i + wrong.length();
            }
        }
        return -1;
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(List.of(WRONG));
        for (String noun : STANDARD_OF) {
            all.add(noun + MARK);
        }
        return all;
    }

    private static boolean[] anyChar() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        all().forEach(wrong -> wrong.chars().forEach(c -> table[c] = true));
        return table;
    }

    private static boolean[] charsAt(int index) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        all().forEach(wrong -> table[wrong.charAt(index)] = true);
        return table;
    }

    private static String[][] byFirst() {
        List<String> all = all();
        String[][] table = new String[Character.MAX_VALUE + 1][];
        for (String wrong : all) {
            char first = wrong.charAt(0);
            String[] before = table[first] == null ? new String[0] : table[first];
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = wrong;
            table[first] = after;
        }
        return table;
    }
}
