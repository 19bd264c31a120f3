package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Section;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;

/**
 * Writes an accepted draft into the ledger through the ledger's own services, so every row
 * passes the same rules and leaves the same audit events as one made by hand. Runs inside the
 * caller's transaction: all of it is written, or none.
 */
@Component
class DraftAcceptance {

    /** What acceptance wrote (and, for a later report, what it found already there). */
    record Outcome(long campaignId, int newProblems, int newMeasures, int progressReports, int readings) {
    }

    private final CampaignService campaigns;
    private final MeasureService measures;
    private final ProgressService progress;
    private final IndicatorService indicators;

    DraftAcceptance(CampaignService campaigns, MeasureService measures, ProgressService progress,
            IndicatorService indicators) {
        this.campaigns = campaigns;
        this.measures = measures;
        this.progress = progress;
        this.indicators = indicators;
    }

    Outcome write(CurrentUser user, Draft draft) {
        long campaignId = draft.campaignId() != null ? draft.campaignId()
                : campaigns.create(user, draft.campaignName(), draft.fileName(), null, draft.reportYear(), null, null).id();
        List<Long> sectionIds = sections(user, campaignId, draft);
        String period = reportPeriod(draft);
        var counts = new int[4];
        List<IndicatorService.ImportedFigure> figures = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            long problemId;
            if (p.match() != null) {
                problemId = p.match().id();
            } else {
                Long section = p.section() == null ? null : sectionIds.get(p.section());
                problemId = campaigns.addProblem(user, campaignId, section, p.number(), p.title(), p.text(),
                        draft.fileName() + "@" + p.start()).id();
                counts[0]++;
            }
            for (DraftMeasure m : p.measures()) {
                long measureId;
                if (m.match() != null) {
                    measureId = m.match().id();
                } else {
                    measureId = measures.create(user, problemId, m.title(), m.text(), new MeasureService.Assignment(
                            m.leadOrgId(), m.coUnitIds(), null, null, MeasureType.DEADLINE)).id();
                    counts[1]++;
                }
                if (progress.recordImported(user, measureId, period, m.text(), m.status()).isPresent()) {
                    counts[2]++;
                }
                m.readings().stream().filter(r -> !r.label().isBlank())
                        .map(r -> new IndicatorService.ImportedFigure(measureId, r.label(), r.unit(), r.value(),
                                r.target(), r.period(), "导入：" + draft.fileName() + "“" + r.text() + "”"))
                        .forEach(figures::add);
            }
        }
        counts[3] = indicators.recordImported(user, campaignId, figures);
        return new Outcome(campaignId, counts[0], counts[1], counts[2], counts[3]);
    }

    /** Sections of a new campaign are created; a later report reuses those with the same label and title. */
    private List<Long> sections(CurrentUser user, long campaignId, Draft draft) {
        List<Section> existing = campaigns.sections(user, campaignId);
        List<Long> ids = new ArrayList<>();
        for (Draft.DraftSection s : draft.sections()) {
            ids.add(existing.stream().filter(e -> e.label().equals(s.label()) && e.title().equals(s.title()))
                    .map(Section::id).findFirst()
                    .orElseGet(() -> campaigns.addSection(user, campaignId, s.label(), s.title()).id()));
        }
        return ids;
    }

    /** The latest period the report's figures speak of, else its year: the period of its progress text. */
    private static String reportPeriod(Draft draft) {
        return draft.problems().stream().flatMap(p -> p.measures().stream()).flatMap(m -> m.readings().stream())
                .map(DraftReading::period).max(Cycle.LABEL_ORDER).orElse(String.valueOf(draft.reportYear()));
    }
}
