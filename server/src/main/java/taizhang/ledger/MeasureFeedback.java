package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;

/**
 * 一对一反馈整改: a supervision finding fed back into the ledger, as a new measure for the unit or
 * as a 退回 of one of its measures with the finding as the reason. Either is made by the office that
 * keeps the campaign or by a supervisor of the unit ({@link SupervisedUnits}); the measure is created
 * and moved by {@link MeasureService}'s own paths, so 签收, warnings, cycles and the audit trail
 * treat it as any other measure.
 */
@Service
public class MeasureFeedback {

    /** The problem that collects a campaign's fed-back findings when they name no problem of their own. */
    public static final String FINDINGS_PROBLEM = "对口督导发现的问题";

    private final MeasureService measures;
    private final CampaignService campaigns;
    private final CampaignRepository problems;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    MeasureFeedback(
            MeasureService measures,
            CampaignService campaigns,
            CampaignRepository problems,
            OrgService organisations,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.measures = measures;
        this.campaigns = campaigns;
        this.problems = problems;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The units the user is assigned to supervise (each with its subtree), as the ledger's visibility reads them. */
    public List<Organisation> supervisedUnits(CurrentUser user) {
        return SupervisedUnits.of(jdbc, user).stream()
                .map(organisations::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether the unit lies in the subtree of a unit the user supervises. */
    public boolean supervises(CurrentUser user, long unitId) {
        String path = organisations.find(unitId).map(Organisation::path).orElse(null);
        return path != null && supervisedUnits(user).stream().anyMatch(s -> path.startsWith(s.path()));
    }

    /**
     * Whether the user may feed findings back to the unit in the campaign: its office, or a
     * supervisor of the unit; the unit must lie in the subtree of the campaign's owner.
     */
    public boolean mayFeedBack(CurrentUser user, Campaign campaign, long unitId) {
        Organisation unit = organisations.find(unitId).orElseThrow(() -> NotFoundException.of("单位", unitId));
        String owner = organisations.find(campaign.ownerOrgId()).orElseThrow().path();
        return unit.path().startsWith(owner) && (campaigns.mayEdit(user, campaign) || supervises(user, unitId));
    }

    /**
     * A new measure led by the unit: under the named problem of the campaign, or else under the
     * campaign's {@link #FINDINGS_PROBLEM}, created the first time it is needed.
     */
    @Transactional
    public Measure newMeasure(
            CurrentUser user,
            long campaignId,
            Long problemId,
            long unitId,
            String title,
            String body,
            LocalDate deadline) {
        Campaign campaign = campaigns.get(user, campaignId);
        if (!mayFeedBack(user, campaign, unitId)) {
            throw new ForbiddenException("只有本任务的整改办或该单位的对口督导可以反馈整改");
        }
        Problem problem = problemId == null ? findingsProblem(user, campaignId) : problemOf(campaignId, problemId);
        var assignment = new MeasureService.Assignment(unitId, List.of(), null, deadline, MeasureType.DEADLINE);
        return measures.insert(user, problem, title, body, assignment);
    }

    /** 退回 with the finding as the reason, by the campaign's office or a supervisor of the lead unit. */
    @Transactional
    public Measure sendBack(CurrentUser user, long measureId, String finding) {
        Measure measure = measures.get(user, measureId);
        boolean office = measures.rights(user, measure).office();
        if (!office && (measure.leadOrgId() == null || !supervises(user, measure.leadOrgId()))) {
            throw new ForbiddenException("只有本任务的整改办或牵头单位的对口督导可以退回这项措施");
        }
        return measures.sendBack(user, measure, finding);
    }

    private Problem problemOf(long campaignId, long problemId) {
        return problems.problem(problemId)
                .filter(p -> p.campaignId() == campaignId)
                .orElseThrow(() -> new InvalidRequestException("problemId", "该问题不属于这项整改任务"));
    }

    /** The campaign's findings problem; the first one is created under the campaign's lock, so there is one. */
    private Problem findingsProblem(CurrentUser user, long campaignId) {
        Optional<Problem> existing = problems.problemTitled(campaignId, FINDINGS_PROBLEM);
        if (existing.isPresent()) {
            return existing.get();
        }
        problems.lock(campaignId);
        return problems.problemTitled(campaignId, FINDINGS_PROBLEM).orElseGet(() -> {
            int number = problems.nextProblemNumber(campaignId);
            String description = "对口督导发现、一对一反馈整改的问题";
            long id = problems.insertProblem(campaignId, null, number, FINDINGS_PROBLEM, description, null);
            Problem created = new Problem(id, campaignId, null, number, FINDINGS_PROBLEM, description, null, 0);
            audit.record(user.username(), "problem.create", "problem", id, null, created);
            return created;
        });
    }
}
