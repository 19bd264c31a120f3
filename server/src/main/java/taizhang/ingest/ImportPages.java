package taizhang.ingest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import taizhang.ledger.Campaign;
import taizhang.ledger.MeasureStatus;
import taizhang.org.Organisation;

/** The models of the import pages. */
public final class ImportPages {

    private ImportPages() {}

    /** The upload form and the latest imports; {@code error} explains a rejected upload. */
    public record ImportsPage(List<ImportRecord.Summary> recent, List<Campaign> campaigns, String error) {}

    /**
     * The review page: one page of the draft ({@code shown}) beside the stretch of source text it
     * comes from, cut into runs; {@code record} gives the whole draft's counts and notes.
     */
    public record ReviewPage(
            ImportRecord record,
            DraftPage shown,
            List<SourceSegments.Segment> segments,
            List<Organisation> units,
            Map<Long, String> unitNames,
            List<MeasureStatus> statuses,
            String error) {

        static ReviewPage of(ImportService.DraftView view, List<Organisation> units, String error) {
            return new ReviewPage(
                    view.record(),
                    view.page(),
                    SourceSegments.of(
                            view.sourceText(),
                            view.page().sourceFrom(),
                            view.page().draft()),
                    units,
                    units.stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a)),
                    List.of(
                            MeasureStatus.NOT_STARTED,
                            MeasureStatus.IN_PROGRESS,
                            MeasureStatus.SUBSTANTIALLY_DONE,
                            MeasureStatus.DONE),
                    error);
        }

        public String unitName(Long id) {
            return id == null ? "（未指定）" : unitNames.getOrDefault(id, "#" + id);
        }

        public boolean editable() {
            return record.status() == ImportRecord.Status.DRAFT;
        }
    }
}
