package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import taizhang.shared.Cycle;

/**
 * What the reports page offers for the changes: two dates, or two of the campaign's cycles
 * (the latest two unless others were asked for), and why the last request was refused.
 */
public record ChangeChoice(
        LocalDate from, LocalDate to, List<Cycle> cycles, String fromCycle, String toCycle, String error) {

    public ChangeChoice {
        cycles = List.copyOf(cycles);
    }

    /** The choice as asked, with the defaults of this month so far and the latest two cycles for what was not. */
    static ChangeChoice of(ChangeRequest asked, LocalDate today, List<Cycle> cycles, String error) {
        String latest = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1).label();
        String before = cycles.size() < 2 ? null : cycles.get(cycles.size() - 2).label();
        return new ChangeChoice(
                asked.from() == null ? today.withDayOfMonth(1) : asked.from(),
                asked.to() == null ? today : asked.to(),
                cycles,
                asked.byCycles() ? asked.fromCycle() : before,
                asked.byCycles() ? asked.toCycle() : latest,
                error);
    }

    /** The link to the Word appendix of the cycles chosen, null until two are and while they are refused. */
    public String cycleDocx(String api) {
        return fromCycle == null || toCycle == null || error != null
                ? null
                : api + "/cycle-changes.docx?from=" + fromCycle + "&to=" + toCycle;
    }
}
