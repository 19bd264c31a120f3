package taizhang.ingest;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.Problem;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.shared.Sha256;
import taizhang.shared.StaleVersionException;

/**
 * The import: a document in, a reviewable draft out, stored item by item ({@link DraftStore}); the
 * office edits it and accepts it into the ledger in one transaction. Nothing touches the ledger before acceptance, and a document
 * that cannot be read leaves no trace (its bytes are never stored).
 */
@Service
public class ImportService {

    private final ImportRepository imports;
    private final DraftStore store;
    private final DraftAcceptance acceptance;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final DraftLimits limits;

    ImportService(
            ImportRepository imports,
            DraftStore store,
            DraftAcceptance acceptance,
            CampaignService campaigns,
            MeasureService measures,
            OrgService organisations,
            AuditTrail audit,
            Clock clock,
            @Value("${taizhang.import.max-problems:2000}") int maxProblems,
            @Value("${taizhang.import.max-measures:10000}") int maxMeasures,
            @Value("${taizhang.import.max-readings:50000}") int maxReadings) {
        this.limits = new DraftLimits(maxProblems, maxMeasures, maxReadings);
        this.imports = imports;
        this.store = store;
        this.acceptance = acceptance;
        this.campaigns = campaigns;
        this.measures = measures;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of an upload: a new draft, or the earlier import of the very same file. */
    public record Upload(ImportRecord record, boolean alreadyImported) {}

    /** What accepting a draft wrote into the ledger. */
    public record Accepted(
            long importId, long campaignId, int newProblems, int newMeasures, int progressReports, int readings) {}

    /**
     * Reads the document into a draft for a new campaign ({@code campaignId} null, named
     * {@code campaignName}) or for an existing one, matched against its ledger.
     */
    @Transactional
    public Upload upload(
            CurrentUser user,
            byte[] bytes,
            String fileName,
            String mediaType,
            Long campaignId,
            String campaignName,
            Integer reportYear) {
        requireOffice(user);
        Campaign campaign = campaignId == null ? null : campaigns.getForEditing(user, campaignId);
        String sha = Sha256.hex(bytes);
        var earlier = imports.findAccepted(sha, user.subtreePattern());
        if (earlier.isPresent()) {
            return new Upload(rows(earlier.get()), true);
        }
        String name = fileName == null || fileName.isBlank() ? "report.txt" : fileName;
        Report report = Extractor.extract(
                bytes,
                new Hints(
                        name,
                        mediaType,
                        reportYear != null ? reportYear : campaign == null ? null : campaign.reportYear()));
        Draft draft = new DraftBuilder(report, organisations.visibleTo(user), organisations.aliases())
                .build(
                        campaignId,
                        campaign != null
                                ? campaign.name()
                                : campaignName == null || campaignName.isBlank() ? stem(name) : campaignName.strip());
        limits.check(draft);
        if (campaign != null) {
            draft = LedgerMatcher.match(draft, existing(user, campaign.id()));
        }
        long id = store.create(campaignId, user.organisationId(), name, sha, report.text(), draft, user.username());
        audit.record(
                user.username(),
                "import.draft",
                "import",
                id,
                null,
                Map.of("file", name, "problems", draft.problems().size(), "measures", draft.measureCount()));
        return new Upload(imports.find(id).orElseThrow(), false);
    }

    public ImportRecord get(CurrentUser user, long id) {
        ImportRecord record = imports.find(id).orElseThrow(() -> NotFoundException.of("导入", id));
        Organisation owner = organisations.find(record.ownerOrgId()).orElseThrow();
        if (!user.covers(owner.path()) || !user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw NotFoundException.of("导入", id);
        }
        return rows(record);
    }

    /** The import with its draft in rows: one stored whole by an earlier version is cut into rows first. */
    private ImportRecord rows(ImportRecord record) {
        if (record.head() != null) {
            return record;
        }
        store.cutStoredWhole(record.id());
        return imports.find(record.id()).orElseThrow();
    }

    /** What one page of a draft shows: its items and the stretch of source text they come from. */
    public record DraftView(ImportRecord record, DraftPage page, String sourceText) {}

    /**
     * One page of the draft ({@link DraftPage}) with the source text it covers, read from the
     * database row by row and stretch by stretch: a review page or an API answer reads and holds no
     * more than one page.
     */
    public DraftView page(CurrentUser user, long id, int page, int size) {
        ImportRecord record = get(user, id);
        DraftPage shown = store.page(record, page, size);
        return new DraftView(record, shown, imports.sourceSpan(id, shown.sourceFrom(), shown.sourceTo()));
    }

    /** How many measures of the draft still have a unit the reader suggested and the office has not confirmed. */
    public int unconfirmedMeasures(CurrentUser user, long id) {
        get(user, id);
        return store.unconfirmedMeasures(id);
    }

    /** The review page ({@link DraftPage#PAGE_ITEMS} items a page) that shows the item with this key; 0 if none does. */
    public int pageOf(CurrentUser user, long id, String key) {
        get(user, id);
        return store.pageOf(id, key, DraftPage.PAGE_ITEMS);
    }

    /** The key of the problem that holds the problem or measure {@code key}, if the draft has it. */
    public Optional<String> problemOf(CurrentUser user, long id, String key) {
        get(user, id);
        return store.problemOf(id, key);
    }

    public List<ImportRecord.Summary> recent(CurrentUser user) {
        requireOffice(user);
        return imports.recent(user.subtreePattern(), 20);
    }

    /** Applies the edits in order, each to the problem it concerns; all of them or none. */
    @Transactional
    public ImportRecord edit(CurrentUser user, long id, int version, List<DraftEdit> edits) {
        ImportRecord record = draftOf(user, id, version);
        if (!imports.takeForEditing(id, version)) {
            throw new StaleVersionException("导入草稿", id);
        }
        DraftSize size = record.size();
        for (DraftEdit edit : edits) {
            size = store.apply(record, size, edit);
        }
        limits.check(size);
        imports.updateSize(id, size);
        return imports.find(id).orElseThrow();
    }

    @Transactional
    public Accepted accept(CurrentUser user, long id, int version) {
        ImportRecord record = draftOf(user, id, version);
        acceptance.requireSureMatches(record);
        DraftAcceptance.Outcome outcome = acceptance.write(user, record);
        if (!imports.markAccepted(id, version, outcome.campaignId(), clock.instant())) {
            throw new StaleVersionException("导入草稿", id);
        }
        Accepted accepted = new Accepted(
                id,
                outcome.campaignId(),
                outcome.newProblems(),
                outcome.newMeasures(),
                outcome.progressReports(),
                outcome.readings());
        audit.record(user.username(), "import.accept", "import", id, null, accepted);
        return accepted;
    }

    @Transactional
    public void discard(CurrentUser user, long id) {
        get(user, id);
        if (!imports.markDiscarded(id)) {
            throw new RuleViolationException("只能放弃尚未接受的草稿");
        }
        audit.record(user.username(), "import.discard", "import", id, null, null);
    }

    private ImportRecord draftOf(CurrentUser user, long id, int version) {
        ImportRecord record = get(user, id);
        if (record.status() != ImportRecord.Status.DRAFT) {
            throw new RuleViolationException("这份草稿已" + (record.status() == ImportRecord.Status.ACCEPTED ? "接受" : "放弃"));
        }
        if (record.version() != version) {
            throw new StaleVersionException("导入草稿", id);
        }
        if (record.campaignId() != null) {
            campaigns.getForEditing(user, record.campaignId());
        }
        return record;
    }

    private LedgerMatcher.Existing existing(CurrentUser user, long campaignId) {
        List<Problem> problems = campaigns.problems(user, campaignId);
        Map<Long, List<Measure>> byProblem = new HashMap<>();
        for (Problem p : problems) {
            MeasureFilter filter =
                    new MeasureFilter(campaignId, p.id(), null, Set.of(), Set.of(), Set.of(), null, null, null);
            byProblem.put(
                    p.id(),
                    measures
                            .list(user, filter, MeasureSort.parse("ordinal"), 0, MeasureService.MAX_PAGE_SIZE, false)
                            .items()
                            .stream()
                            .map(v -> v.measure())
                            .toList());
        }
        return new LedgerMatcher.Existing(problems, byProblem);
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("只有整改办可以导入报告");
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
