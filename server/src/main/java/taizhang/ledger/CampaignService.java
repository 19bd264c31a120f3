package taizhang.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.StaleVersionException;

/** Campaigns and their problems: creating them and deciding who may see and change them. */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, OrgService organisations, AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The campaigns the user sees, archived ones left out: every default list. */
    public List<Campaign> visible(CurrentUser user) {
        return campaigns.visible(user, false);
    }

    /** The same, archived ones included when asked for (the campaigns page's filter, the API's {@code archived=true}). */
    public List<Campaign> visible(CurrentUser user, boolean withArchived) {
        return campaigns.visible(user, withArchived);
    }

    public Campaign get(CurrentUser user, long id) {
        return campaigns.find(user, id).orElseThrow(() -> NotFoundException.of("整改任务", id));
    }

    /** Whether the user works in the subtree of the campaign's owning office, which sees every measure of it. */
    public boolean seesWholeCampaign(CurrentUser user, Campaign campaign) {
        return user.covers(
                organisations.find(campaign.ownerOrgId()).orElseThrow().path());
    }

    /**
     * The units whose measures of the campaign the user sees, for the statistics counted over them:
     * its own organisation and the units it supervises (对口督导); null when it sees the whole campaign.
     */
    public List<Long> unitsInReach(CurrentUser user, Campaign campaign) {
        if (seesWholeCampaign(user, campaign)) {
            return null;
        }
        List<Long> units = new java.util.ArrayList<>();
        units.add(user.organisationId());
        campaigns.supervisedUnits(user).stream().filter(u -> !units.contains(u)).forEach(units::add);
        return units;
    }

    /** The units the user supervises (对口督导), in id order; none for anyone but supervisors and leaders. */
    public List<Long> supervisedUnits(CurrentUser user) {
        return campaigns.supervisedUnits(user);
    }

    /**
     * Whether the user keeps the campaign's ledger: an office (or admin) in the subtree of its
     * owning office. The one answer to "may edit" that the services, the moves and the pages ask.
     */
    public boolean mayEdit(CurrentUser user, Campaign campaign) {
        return keeps(user, campaign) && !campaign.archived();
    }

    /** Whether the user is the campaign's office, archived or not: who renames, archives and restores it. */
    public boolean keeps(CurrentUser user, Campaign campaign) {
        return user.hasAny(Role.OFFICE, Role.ADMIN) && seesWholeCampaign(user, campaign);
    }

    /** The campaign, if the user works in its owning office's subtree and may edit the ledger. */
    public Campaign getForEditing(CurrentUser user, long id) {
        Campaign campaign = getForKeeping(user, id);
        campaign.requireInUse();
        return campaign;
    }

    /** The campaign, if the user is its office; archived or not. */
    Campaign getForKeeping(CurrentUser user, long id) {
        Campaign campaign = get(user, id);
        if (!keeps(user, campaign)) {
            throw new ForbiddenException("只有本任务所属整改办可以修改台账");
        }
        return campaign;
    }

    /** Renames the campaign: a new name, audited. */
    @Transactional
    public Campaign rename(CurrentUser user, long id, int version, String name) {
        Campaign before = current(user, id, version);
        Campaign after = before.renamed(name);
        if (!campaigns.rename(id, version, after.name())) {
            throw new StaleVersionException("整改任务", id);
        }
        return recorded(user, "campaign.rename", before);
    }

    /** 归档: the campaign becomes read-only and leaves the default lists; audited. */
    @Transactional
    public Campaign archive(CurrentUser user, long id, int version) {
        Campaign before = current(user, id, version);
        if (!campaigns.archive(id, version, before.archive(clock.instant()).archivedAt())) {
            throw new StaleVersionException("整改任务", id);
        }
        return recorded(user, "campaign.archive", before);
    }

    /** 取消归档: the campaign is in use again; audited. */
    @Transactional
    public Campaign unarchive(CurrentUser user, long id, int version) {
        Campaign before = current(user, id, version);
        before.unarchived();
        if (!campaigns.archive(id, version, null)) {
            throw new StaleVersionException("整改任务", id);
        }
        return recorded(user, "campaign.unarchive", before);
    }

    private Campaign current(CurrentUser user, long id, int version) {
        Campaign campaign = getForKeeping(user, id);
        if (campaign.version() != version) {
            throw new StaleVersionException("整改任务", id);
        }
        return campaign;
    }

    private Campaign recorded(CurrentUser user, String action, Campaign before) {
        Campaign after = get(user, before.id());
        audit.record(user.username(), action, "campaign", before.id(), before, after);
        return after;
    }

    @Transactional
    public Campaign create(
            CurrentUser user,
            String name,
            String source,
            Long ownerOrgId,
            Integer reportYear,
            LocalDate startsOn,
            LocalDate endsOn) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("只有整改办可以创建整改任务");
        }
        long owner = ownerOrgId == null
                ? user.organisationId()
                : organisations.get(user, ownerOrgId).id();
        long id = campaigns.insert(name, source, owner, reportYear, startsOn, endsOn);
        Campaign created = new Campaign(id, name, source, owner, reportYear, startsOn, endsOn, 0);
        audit.record(user.username(), "campaign.create", "campaign", id, null, created);
        return created;
    }

    @Transactional
    public Section addSection(CurrentUser user, long campaignId, String label, String title) {
        getForEditing(user, campaignId);
        int position = campaigns.sections(campaignId).size() + 1;
        long id = campaigns.insertSection(campaignId, label, title, position);
        Section section = new Section(id, campaignId, label, title, position);
        audit.record(user.username(), "section.create", "section", id, null, section);
        return section;
    }

    public List<Section> sections(CurrentUser user, long campaignId) {
        get(user, campaignId);
        return campaigns.sections(campaignId);
    }

    @Transactional
    public Problem addProblem(
            CurrentUser user,
            long campaignId,
            Long sectionId,
            int number,
            String title,
            String description,
            String sourceRef) {
        getForEditing(user, campaignId);
        if (sectionId != null && campaigns.sections(campaignId).stream().noneMatch(s -> s.id() == sectionId)) {
            throw NotFoundException.of("分组", sectionId);
        }
        long id = campaigns.insertProblem(campaignId, sectionId, number, title, description, sourceRef);
        Problem problem = new Problem(id, campaignId, sectionId, number, title, description, sourceRef, 0);
        audit.record(user.username(), "problem.create", "problem", id, null, problem);
        return problem;
    }

    /** The problems the user may see: all of them for the owning office, else those with a visible measure. */
    public List<Problem> problems(CurrentUser user, long campaignId) {
        return seesWholeCampaign(user, get(user, campaignId))
                ? campaigns.problems(campaignId, false)
                : campaigns.problemsWithVisibleMeasures(campaignId, user);
    }

    /** The problem, if the user may see it; a hidden one reads as missing, without naming its campaign. */
    public Problem problem(CurrentUser user, long problemId) {
        Problem problem = campaigns.problem(problemId).orElseThrow(() -> NotFoundException.of("问题", problemId));
        Campaign campaign;
        try {
            campaign = get(user, problem.campaignId());
        } catch (NotFoundException hidden) {
            throw NotFoundException.of("问题", problemId);
        }
        if (seesWholeCampaign(user, campaign) || campaigns.hasVisibleMeasure(problem, user)) {
            return problem;
        }
        throw NotFoundException.of("问题", problemId);
    }

    @Transactional
    public Problem updateProblem(CurrentUser user, long problemId, int version, String title, String description) {
        Problem before = problem(user, problemId);
        getForEditing(user, before.campaignId());
        Removal.requireLive(before.removal(), "问题");
        if (!campaigns.updateProblem(problemId, version, title, description)) {
            throw new StaleVersionException("问题", problemId);
        }
        Problem after = new Problem(
                problemId,
                before.campaignId(),
                before.sectionId(),
                before.number(),
                title,
                description,
                before.sourceRef(),
                version + 1);
        audit.record(user.username(), "problem.update", "problem", problemId, before, after);
        return after;
    }
}
