package taizhang.ingest;

import java.util.regex.Pattern;

/**
 * Names a figure by the words before it in its clause: {@code 新建5G基站5772个} is a reading of
 * {@code 新建5G基站}. Works on the normalised (Simplified) view, so labels come out Simplified.
 */
final class ReadingLabels {

    private static final String CLAUSE_BREAKS = ",，。;；:：、!！?？\n()（）\"";
    private static final Pattern DATES = Pattern.compile(
            "(截至|截止|今年以来|上半年|下半年|全年|当年)|\\d{4}(-\\d{4})?年(底|初|度)?|\\d{1,2}(-\\d{1,2})?月(份|底|初|末)?");
    private static final Pattern LEADING = Pattern.compile("^([一二三四五六七八九十]+是|其中|共|累计|已|并|同时|目前|全区|今年)+");
    private static final Pattern TRAILING = Pattern.compile("(达到|达|为|共计|总计|共|累计|超过|约|近|计)+$");
    private static final Pattern TARGET = Pattern.compile("^(全年|年度)?(计划|目标)(任务)?");

    private ReadingLabels() {
    }

    /** The label of the figure starting at {@code start}, looking no further back than {@code floor}. */
    static String label(String normalized, int floor, int start) {
        int from = start;
        while (from > floor && CLAUSE_BREAKS.indexOf(normalized.charAt(from - 1)) < 0) {
            from--;
        }
        String phrase = DATES.matcher(normalized.substring(from, start)).replaceAll("").strip();
        phrase = LEADING.matcher(phrase).replaceAll("");
        return TRAILING.matcher(phrase).replaceAll("").strip();
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
