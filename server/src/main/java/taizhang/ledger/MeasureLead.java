package taizhang.ledger;

import java.util.regex.Pattern;

/**
 * The lead of a measure's text: an imported text repeats the measure's wording at its start, after
 * at most an ordinal ({@code 一是<title>。}, {@code 第十一，<title>：}, {@code （3）<title>}). The notice
 * writes that lead itself, and a new wording by the office carries into it.
 */
public final class MeasureLead {

    /** How far into a text its lead may put the measure's title. */
    private static final int ROOM = 6;

    /** What may stand before the title in a lead: an ordinal such as 一是, 第十一， or （3）, nothing else. */
    private static final Pattern ORDINAL = Pattern.compile("[（(]?第?[一二三四五六七八九十百零〇两0-9０-９]*[)）]?[是、.．，,条项点：:]?\\s*");

    private MeasureLead() {}

    /**
     * Where {@code title} stands as the lead of {@code text} (stripped of its outer blanks), or -1: a
     * text that opens with a label ({@code 措施正文：<title>}) or other words has no lead.
     */
    public static int titleAt(String text, String title) {
        if (text == null || title == null || title.isBlank()) {
            return -1;
        }
        int at = text.indexOf(title);
        return at < 0 || at > ROOM || !ORDINAL.matcher(text.substring(0, at)).matches() ? -1 : at;
    }

    /** The text with the title in its lead replaced by {@code newTitle}; unchanged when it has no lead. */
    static String retitled(String text, String title, String newTitle) {
        String stripped = text == null ? null : text.strip();
        int at = titleAt(stripped, title);
        return at < 0 ? text : stripped.substring(0, at) + newTitle + stripped.substring(at + title.length());
    }
}
