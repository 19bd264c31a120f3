package taizhang.ledger;

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

/** Campaigns and their problems: creating them and deciding who may see and change them. */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;

    CampaignService(CampaignRepository campaigns, OrgService organisations, AuditTrail audit) {
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<Campaign> visible(CurrentUser user) {
        return campaigns.visible(user);
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
        return user.hasAny(Role.OFFICE, Role.ADMIN) && seesWholeCampaign(user, campaign);
    }

    /** The campaign, if the user works in its owning office's subtree and may edit the ledger. */
    public Campaign getForEditing(CurrentUser user, long id) {
        Campaign campaign = get(user, id);
        if (!mayEdit(user, campaign)) {
            throw new ForbiddenException("只有本任务所属整改办可以修改台账");
        }
        return campaign;
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
                ? campaigns.problems(campaignId)
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
        if (!campaigns.updateProblem(problemId, version, title, description)) {
            throw new taizhang.shared.StaleVersionException("问题", problemId);
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
