package taizhang.ingest;

import java.util.regex.Pattern;

/**
 * Names a figure by the words before it in its clause: {@code 新建5G基站5772个} is a reading of
 * {@code 新建5G基站}. Works on the normalised (Simplified) view, so labels come out Simplified.
 */
final class ReadingLabels {

    private static final String CLAUSE_BREAKS = ",，。;；:：、!！?？\n()（）\"";
    private static final Pattern DATES =
            Pattern.compile("(截至|截止|今年以来|上半年|下半年|全年|当年)|\\d{4}(-\\d{4})?年(底|初|度)?|\\d{1,2}(-\\d{1,2})?月(份|底|初|末)?");
    private static final Pattern LEADING = Pattern.compile("^([一二三四五六七八九十]+是|其中|共|累计|已|并|同时|目前|全区|今年|对|向|把|将|针对)+");
    /** The counted thing after a measure word ends where a second one is joined on: 4个地表水超载区和5个…. */
    private static final String JOINS = "和与及或并";
    /** Words that name nothing by themselves: a label of only these is a fragment. */
    private static final Pattern FRAGMENT = Pattern.compile("^(占|达|的|为|和|与|及|是|有|其|超|近|约|比|增长|下降|提高)?$");

    private static final Pattern PLAN_SHARE =
            Pattern.compile("^(已|累计)?(完成|占|达到)(了)?(今年|年度|全年|年|本年)?(计划|目标|任务)(任务|目标)?(数)?的?$");
    private static final Pattern TRAILING = Pattern.compile("(达到|达|为|共计|总计|共|累计|超过|约|近|计)+$");
    private static final int MAX_AFTER = 16;
    private static final Pattern TARGET = Pattern.compile("^((全年|年度)?(计划|目标)(任务)?(为|是)?|力争(全年|年内)?(完成|实现|达到)?)");

    private ReadingLabels() {}

    /**
     * The label of the figure at [{@code start}, {@code end}): the words before it in its clause,
     * and when the counted thing follows the measure word ({@code 组织56个示范单位}) the words
     * after it too, up to {@value #MAX_AFTER} chars. Looks no further than {@code floor} and
     * {@code ceiling}.
     */
    static String label(String normalized, int floor, int start, int end, int ceiling) {
        int from = start;
        while (from > floor && CLAUSE_BREAKS.indexOf(normalized.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < ceiling
                && to - end < MAX_AFTER
                && CLAUSE_BREAKS.indexOf(normalized.charAt(to)) < 0
                && JOINS.indexOf(normalized.charAt(to)) < 0
                && !Character.isDigit(normalized.charAt(to))) {
            to++;
        }
        String before = TRAILING.matcher(LEADING.matcher(clean(normalized.substring(from, start)))
                        .replaceAll(""))
                .replaceAll("");
        String label = (before + clean(normalized.substring(end, to))).strip();
        return FRAGMENT.matcher(label).matches() ? "" : label;
    }

    /** {@code 完成年度计划的88%}: a share of the plan of the figure before it, not an indicator of its own. */
    static boolean isPlanShare(String label, String unit) {
        return "%".equals(unit) && PLAN_SHARE.matcher(label).matches();
    }

    private static String clean(String phrase) {
        return DATES.matcher(phrase).replaceAll("").strip();
    }

    /** A planned amount ({@code 全年计划新增…}) is the indicator's target, not a reading. */
    static boolean isTarget(String label) {
        return TARGET.matcher(label).find();
    }

    /** The indicator's name for a target's label: {@code 全年计划新增新能源装机} → {@code 新增新能源装机}. */
    static String indicatorName(String label) {
        return TARGET.matcher(label).replaceFirst("").strip();
    }
}
