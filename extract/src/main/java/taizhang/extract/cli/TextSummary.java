package taizhang.extract.cli;

import java.util.Locale;
import taizhang.extract.Report;
import taizhang.extract.defect.Defect;
import taizhang.extract.entity.Organisation;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Section;

/** A readable summary of a report for {@code extract --format text}. */
final class TextSummary {

    private TextSummary() {}

    static String render(Report r) {
        StringBuilder s = new StringBuilder();
        s.append(r.doc() == null ? "(text)" : r.doc())
                .append(String.format(
                        Locale.ROOT,
                        "  %s, %s%s, year %d, %d chars%n",
                        r.script().code(),
                        r.source().format(),
                        r.source().charset() == null ? "" : " " + r.source().charset(),
                        r.reportYear(),
                        r.text().length()));
        s.append(String.format(
                Locale.ROOT,
                "%d sections, %d problems, %d measures, %d quantities, %d dates, "
                        + "%d titles, %d organisations, %d defects%n%n",
                r.structure().sections().size(),
                r.structure().problems().size(),
                r.structure().measureCount(),
                r.quantities().size(),
                r.dates().size(),
                r.titles().size(),
                r.organisations().size(),
                r.defects().size()));
        for (Problem p : r.structure().problems()) {
            if (p.section() >= 0 && r.structure().sections().get(p.section()).start() > lastStart(r, p)) {
                Section sec = r.structure().sections().get(p.section());
                s.append(sec.label()).append(sec.title()).append('\n');
            }
            s.append(String.format(Locale.ROOT, "%d. %s  [%d]%n", p.number(), p.title(), p.start()));
            for (Measure m : p.measures()) {
                s.append(String.format(
                        Locale.ROOT,
                        "    %d) %s  [%d-%d]%s%n",
                        m.ordinal(),
                        m.title(),
                        m.start(),
                        m.end(),
                        status(r, p, m)));
            }
        }
        s.append("\norganisations:");
        r.organisations().stream()
                .map(Organisation::name)
                .distinct()
                .forEach(n -> s.append(' ').append(n));
        s.append("\ndefects:\n");
        for (Defect d : r.defects()) {
            s.append(String.format(Locale.ROOT, "    %s %s [%d-%d]%n", d.kind().code(), d.text(), d.start(), d.end()));
        }
        return s.toString();
    }

    /** The start of the problem before {@code p}, or -1: a section header prints once. */
    private static int lastStart(Report r, Problem p) {
        int i = r.structure().problems().indexOf(p);
        return i == 0 ? -1 : r.structure().problems().get(i - 1).start();
    }

    private static String status(Report r, Problem p, Measure m) {
        for (StatusCue c : r.statuses()) {
            if (c.measureStart() == m.start()) {
                return "  " + c.status().code() + " ("
                        + String.join(
                                "/",
                                c.evidence().stream()
                                        .map(StatusCue.Cue::text)
                                        .distinct()
                                        .limit(3)
                                        .toList()) + ")";
            }
        }
        return "";
    }
}
