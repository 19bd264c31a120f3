package taizhang.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import taizhang.extract.Report;

/** What the review page highlights in the source text, in text order. */
final class Marks {

    private Marks() {}

    static List<Draft.Mark> of(Report report) {
        List<Draft.Mark> marks = new ArrayList<>();
        report.quantities()
                .forEach(q -> marks.add(new Draft.Mark(
                        "quantity",
                        q.start(),
                        q.end(),
                        q.value().toPlainString() + (q.unit().isEmpty() ? "" : " " + q.unit()))));
        report.titles().forEach(t -> marks.add(new Draft.Mark("title", t.start(), t.end(), t.title())));
        report.organisations().forEach(o -> marks.add(new Draft.Mark("organisation", o.start(), o.end(), o.name())));
        report.dates().forEach(d -> marks.add(new Draft.Mark("date", d.start(), d.end(), d.iso())));
        report.defects()
                .forEach(d -> marks.add(
                        new Draft.Mark("defect", d.start(), d.end(), d.kind().code())));
        marks.sort(Comparator.comparingInt(Draft.Mark::start).thenComparing(m -> -m.end()));
        return marks;
    }
}
