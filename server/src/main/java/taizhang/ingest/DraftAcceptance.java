package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.CampaignService;
import taizhang.ledger.LedgerImport;
import taizhang.ledger.Section;
import taizhang.progress.ImportedReports;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.RuleViolationException;

/**
 * Writes an accepted draft into the ledger through the ledger's batch writers, which apply the
 * rules and leave the audit events of the one-by-one services. The campaign and its sections are
 * settled once; then the draft is read {@link #CHUNK} items at a time and each chunk is written
 * as {@link AcceptedChunks} says (problems, measures, progress texts, figures), so that memory holds
 * one chunk whatever the draft's size. Runs inside the caller's transaction: all of it is
 * written, or none.
 */
@Component
class DraftAcceptance {

    /** The items read and written at a time. */
    static final int CHUNK = 2_000;

    /** How many unsure matches a refusal names. */
    private static final int NAMED = 50;

    /** What acceptance wrote (and, for a later report, what it found already there). */
    record Outcome(long campaignId, int newProblems, int newMeasures, int progressReports, int readings) {}

    private final DraftStore store;
    private final CampaignService campaigns;
    private final AcceptedChunks.Writers writers;

    DraftAcceptance(
            DraftStore store,
            CampaignService campaigns,
            LedgerImport ledger,
            ProgressService progress,
            ImportedReports reports,
            IndicatorService indicators,
            AcceptedDefects defects) {
        this.store = store;
        this.campaigns = campaigns;
        this.writers = new AcceptedChunks.Writers(ledger, progress, reports, indicators, defects);
    }

    /** Refuses a draft that still maps an item onto the ledger by a guess the office has not confirmed. */
    void requireSureMatches(ImportRecord record) {
        List<String> doubtful = new ArrayList<>();
        int count = 0;
        int problem = 0;
        for (List<DraftItem> chunk : store.chunks(record.id(), CHUNK)) {
            for (DraftItem item : chunk) {
                String named = null;
                if (item instanceof DraftItem.ProblemItem p) {
                    problem = p.problem().number();
                    named = unsure(p.problem().match()) ? "问题" + problem + "（" + p.key() + "）" : null;
                } else if (item instanceof DraftItem.MeasureItem m
                        && unsure(m.measure().match())) {
                    named = "问题" + problem + "第" + m.measure().ordinal() + "项措施（" + m.key() + "）";
                }
                if (named != null && count++ < NAMED) {
                    doubtful.add(named);
                }
            }
        }
        if (count > 0) {
            throw new RuleViolationException("以下项目与已有台账的对应关系不确定，请先确认或改为新增：" + String.join("、", doubtful)
                    + (count > NAMED ? " 等 " + count + " 处" : ""));
        }
    }

    Outcome write(CurrentUser user, ImportRecord record) {
        DraftHead head = record.head();
        long campaignId = head.campaignId() != null
                ? head.campaignId()
                : campaigns
                        .create(user, head.campaignName(), head.fileName(), null, head.reportYear(), null, null)
                        .id();
        AcceptedChunks accepted = new AcceptedChunks(
                writers,
                user,
                head,
                campaignId,
                sections(user, campaignId, head),
                reportPeriod(record),
                writers.ledger().start(user, campaignId));
        for (List<DraftItem> chunk : store.chunks(record.id(), CHUNK)) {
            accepted.write(chunk);
        }
        return accepted.finish();
    }

    /** Sections of a new campaign are created; a later report reuses those with the same label and title. */
    private List<Long> sections(CurrentUser user, long campaignId, DraftHead head) {
        List<Section> existing = campaigns.sections(user, campaignId);
        List<Long> ids = new ArrayList<>();
        for (Draft.DraftSection s : head.sections()) {
            ids.add(existing.stream()
                    .filter(e -> e.label().equals(s.label()) && e.title().equals(s.title()))
                    .map(Section::id)
                    .findFirst()
                    .orElseGet(() -> campaigns
                            .addSection(user, campaignId, s.label(), s.title())
                            .id()));
        }
        return ids;
    }

    /**
     * The latest period the report's figures speak of (its targets' periods are plans, not
     * progress), else its year: the period of its progress text.
     */
    private String reportPeriod(ImportRecord record) {
        String latest = null;
        for (List<DraftItem> chunk : store.chunks(record.id(), CHUNK)) {
            for (DraftItem item : chunk) {
                if (item instanceof DraftItem.ReadingItem r
                        && !r.reading().target()
                        && (latest == null
                                || Cycle.LABEL_ORDER.compare(r.reading().period(), latest) > 0)) {
                    latest = r.reading().period();
                }
            }
        }
        return latest != null ? latest : String.valueOf(record.head().reportYear());
    }

    private static boolean unsure(Match match) {
        return match != null && !match.confirmed();
    }
}
