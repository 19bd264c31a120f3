package taizhang.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.report.ProgressNotice;
import taizhang.report.ProgressNotices;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;

/**
 * The life of a notice: drafted by the campaign's office for a date or a closed cycle, edited, generated
 * again while a draft, published with the next 文号 of its year; every step audited. Anyone who reads
 * the campaign reads its published notices; drafts are the office's.
 */
@Service
public class NoticeService {

    /** What the audit trail keeps of an edit: the office's words, not the generated document. */
    record Edits(Map<Long, String> rewrites, String issues, String nextSteps) {
        static Edits of(Notice n) {
            return new Edits(n.rewrites(), n.issues(), n.nextSteps());
        }
    }

    /** What the audit trail keeps of a publication. */
    record Publication(String status, String number, LocalDate issuedOn, List<String> signature, String contact) {
        static Publication of(Notice n) {
            return new Publication(n.status().name(), n.number(), n.issuedOn(), n.signature(), n.contact());
        }
    }

    private final NoticeRepository notices;
    private final ProgressNotices generator;
    private final IssueFinder issues;
    private final CampaignService campaigns;
    private final NoticeSettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeService(
            NoticeRepository notices,
            ProgressNotices generator,
            IssueFinder issues,
            CampaignService campaigns,
            NoticeSettingsService settings,
            AuditTrail audit,
            Clock clock) {
        this.notices = notices;
        this.generator = generator;
        this.issues = issues;
        this.campaigns = campaigns;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new draft of the campaign's notice as of {@code asOf} (today when null), or of a closed cycle. */
    @Transactional
    public Notice draft(CurrentUser user, long campaignId, LocalDate asOf, String cycle) {
        Campaign campaign = campaigns.getForEditing(user, campaignId);
        ProgressNotice full = generate(user, campaignId, asOf, cycle, false);
        ProgressNotice open = generate(user, campaignId, asOf, cycle, true);
        LedgerIssues found = issues.find(user, campaignId, full.asOf(), full.asOfText());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Notice draft = new Notice(
                0,
                campaignId,
                campaign.name(),
                full.asOf(),
                full.cycle(),
                NoticeStatus.DRAFT,
                full,
                open,
                Map.of(),
                found.issues(),
                found.nextSteps(),
                found.lagging(),
                null,
                null,
                List.of(),
                null,
                user.username(),
                now,
                null,
                null,
                0);
        long id = notices.insert(draft);
        Notice stored = notices.find(id).orElseThrow();
        audit.record(user.username(), "notice.draft", "notice", id, null, Edits.of(stored));
        return stored;
    }

    @Transactional
    public Notice edit(
            CurrentUser user, long id, int version, Map<Long, String> rewrites, String issues, String nextSteps) {
        Notice before = editable(user, id, version);
        Notice after = before.edit(rewrites, issues, nextSteps);
        notices.update(after);
        audit.record(user.username(), "notice.edit", "notice", id, Edits.of(before), Edits.of(after));
        return notices.find(id).orElseThrow();
    }

    /** The draft generated again from the ledger as it stands; the office's edits stay. */
    @Transactional
    public Notice regenerate(CurrentUser user, long id, int version) {
        Notice before = editable(user, id, version);
        ProgressNotice full = generate(user, before.campaignId(), before.asOf(), before.cycle(), false);
        ProgressNotice open = generate(user, before.campaignId(), before.asOf(), before.cycle(), true);
        LedgerIssues found = issues.find(user, before.campaignId(), full.asOf(), full.asOfText());
        notices.update(before.regenerated(full, open, found.lagging()));
        audit.record(user.username(), "notice.regenerate", "notice", id, null, Edits.of(before));
        return notices.find(id).orElseThrow();
    }

    /** Published on {@code issuedOn} (default today) with the next 文号 of that year; frozen from now on. */
    @Transactional
    public Notice publish(CurrentUser user, long id, int version, LocalDate issuedOn) {
        Notice before = editable(user, id, version);
        LocalDate on = issuedOn == null ? LocalDate.now(clock) : issuedOn;
        NoticeSettings current = settings.of(campaigns.get(user, before.campaignId()));
        String number = current.number(on.getYear(), notices.publishedIn(before.campaignId(), on.getYear()) + 1);
        Notice after = before.publish(number, on, current, user.username(), clock.instant());
        notices.update(after);
        audit.record(user.username(), "notice.publish", "notice", id, Publication.of(before), Publication.of(after));
        return notices.find(id).orElseThrow();
    }

    /** The campaign's notices the user may read: every one for its office, the published ones for others. */
    @Transactional(readOnly = true)
    public List<NoticeSummary> list(CurrentUser user, long campaignId) {
        Campaign campaign = campaigns.get(user, campaignId);
        return notices.ofCampaign(campaignId, campaigns.mayEdit(user, campaign));
    }

    @Transactional(readOnly = true)
    public Notice get(CurrentUser user, long id) {
        Notice notice = notices.find(id).orElseThrow(() -> NotFoundException.of("通报", id));
        Campaign campaign = campaigns.get(user, notice.campaignId());
        if (!notice.published() && !campaigns.mayEdit(user, campaign)) {
            throw NotFoundException.of("通报", id);
        }
        return notice;
    }

    /** The document of a notice the user may read, with the office's edits and closing. */
    @Transactional(readOnly = true)
    public ProgressNotice document(CurrentUser user, Notice notice, boolean publicVersion) {
        return notice.document(publicVersion, settings.of(campaigns.get(user, notice.campaignId())));
    }

    /** The published notice before this one (a draft: before today), if any. */
    @Transactional(readOnly = true)
    public Optional<Notice> previous(Notice notice) {
        LocalDate on =
                notice.published() ? notice.issuedOn() : LocalDate.now(clock).plusDays(1);
        return notices.previousPublished(notice.campaignId(), on, notice.id());
    }

    /** The notice beside the previous published one, both as the office reads them (full versions). */
    @Transactional(readOnly = true)
    public Optional<NoticeComparison> compare(CurrentUser user, Notice notice) {
        NoticeSettings current = settings.of(campaigns.get(user, notice.campaignId()));
        return previous(notice)
                .map(p -> NoticeComparison.of(p.document(false, current), notice.document(false, current)));
    }

    @Transactional(readOnly = true)
    public Brief brief(CurrentUser user, Notice notice) {
        Optional<Notice> previous = previous(notice);
        return Brief.of(
                notice,
                document(user, notice, false),
                compare(user, notice).orElse(null),
                previous.map(p -> p.number() == null ? p.asOf().toString() : p.number())
                        .orElse(null));
    }

    private Notice editable(CurrentUser user, long id, int version) {
        Notice notice = notices.find(id).orElseThrow(() -> NotFoundException.of("通报", id));
        campaigns.getForEditing(user, notice.campaignId());
        if (notice.version() != version) {
            throw new taizhang.shared.StaleVersionException("通报", id);
        }
        return notice;
    }

    private ProgressNotice generate(
            CurrentUser user, long campaignId, LocalDate asOf, String cycle, boolean publicVersion) {
        return cycle == null || cycle.isBlank()
                ? generator.notice(user, campaignId, asOf, publicVersion)
                : generator.asOfCycle(user, campaignId, cycle, publicVersion);
    }

    /** Refuses a user who may not keep the campaign's notices (a page shows the office's controls only to it). */
    public boolean mayEdit(CurrentUser user, long campaignId) {
        try {
            campaigns.getForEditing(user, campaignId);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }
}
