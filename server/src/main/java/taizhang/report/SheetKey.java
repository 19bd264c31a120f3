package taizhang.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 系统编号: which measure of which campaign a row of an exported ledger is, and the measure's
 * version when it was exported, as {@code TZ-7-1234-v3}. With it a sheet that went out to the
 * units comes back as edits of the same measures, and an edit of a measure someone changed
 * since is recognised as made on an old copy.
 */
record SheetKey(long campaignId, long measureId, int version) {

    private static final Pattern TEXT =
            Pattern.compile("TZ-(\\d{1,18})-(\\d{1,18})-v(\\d{1,9})", Pattern.CASE_INSENSITIVE);

    /** The key as a cell holds it; empty when the text is not one. */
    static Optional<SheetKey> parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        return m.matches()
                ? Optional.of(new SheetKey(
                        Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3))))
                : Optional.empty();
    }

    String text() {
        return "TZ-" + campaignId + "-" + measureId + "-v" + version;
    }
}
