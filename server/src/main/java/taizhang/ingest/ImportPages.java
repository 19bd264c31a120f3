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
     * What the last act on the review page said: done or {@code refused}, beside the problem or
     * measure {@code at} (its key, {@code *} for the whole draft's duty, {@code suggestions} for the
     * 建议单位 confirmed in bulk, while some are left), or at the top when {@code at} is null or not on
     * the page shown.
     */
    public record Feedback(String message, String at, boolean refused) {}

    /**
     * The review page: one page of the draft ({@code shown}) beside the stretch of source text it
     * comes from, cut into runs; {@code record} gives the whole draft's counts and notes,
     * {@code unconfirmedMeasures} how many of its measures still have a unit marked 建议（未确认）.
     */
    public record ReviewPage(
            ImportRecord record,
            DraftPage shown,
            int unconfirmedMeasures,
            List<SourceSegments.Segment> segments,
            List<Organisation> units,
            Map<Long, String> unitNames,
            List<MeasureStatus> statuses,
            Feedback feedback) {

        static ReviewPage of(
                ImportService.DraftView view, int unconfirmedMeasures, List<Organisation> units, Feedback feedback) {
            return new ReviewPage(
                    view.record(),
                    view.page(),
                    unconfirmedMeasures,
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
                    feedback);
        }

        /** The feedback to show beside the item {@code key}, or, for a null key, at the top of the page. */
        public Feedback feedbackAt(String key) {
            if (feedback == null) {
                return null;
            }
            boolean beside = feedback.at() != null && shows(feedback.at());
            return (key == null ? !beside : key.equals(feedback.at())) ? feedback : null;
        }

        /** True when the page shows the problem or measure {@code key}, or the whole draft's edit ({@code *}). */
        private boolean shows(String key) {
            if (key.equals("*")) {
                return editable() && shown.first();
            }
            if (key.equals(ImportPageController.SUGGESTIONS)) {
                return editable() && unconfirmedMeasures > 0;
            }
            return shown.draft().problems().stream()
                    .anyMatch(p -> p.key().equals(key)
                            || p.measures().stream().anyMatch(m -> m.key().equals(key)));
        }

        public String unitName(Long id) {
            return id == null ? "（未指定）" : unitNames.getOrDefault(id, "#" + id);
        }

        public boolean editable() {
            return record.status() == ImportRecord.Status.DRAFT;
        }
    }
}
