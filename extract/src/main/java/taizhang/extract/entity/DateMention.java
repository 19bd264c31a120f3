package taizhang.extract.entity;

import java.time.LocalDate;

/**
 * A date or period named in the text, resolved to a range of days relative to the report year:
 * {@code 1—8月} in a 2021 report is 2021-01-01/2021-08-31.
 *
 * @param from first day, null when the period is open at its start ({@code 截至8月底})
 * @param to last day, null when the period is open at its end ({@code 今年以来})
 */
public record DateMention(int start, int end, String text, LocalDate from, LocalDate to) {

    /** The range in ISO 8601 interval notation, {@code ..} for an open end: {@code ../2021-08-31}. */
    public String iso() {
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }
}
