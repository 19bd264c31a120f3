package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.RuleViolationException;

/**
 * 签收: the units assigned to a measure sign for their parts, and the office sees what is still
 * unsigned. A user signs for the assignments of its own subtree ({@link MeasureRights#mayAnswerAssignment}),
 * until the measure is closed (销号).
 */
@Service
public class SignService {

    /** How many unsigned assignments 我的任务 lists. */
    public static final int AWAITING_SHOWN = 50;

    private final MeasureService measures;
    private final MeasureRepository rows;
    private final SignRepository signs;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    SignService(
            MeasureService measures,
            MeasureRepository rows,
            SignRepository signs,
            CampaignService campaigns,
            AuditTrail audit,
            Clock clock) {
        this.measures = measures;
        this.rows = rows;
        this.signs = signs;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** The measure's assignments and who signed for each; the reader must see the measure. */
    public List<UnitAssignment> assignments(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return signs.forMeasure(measureId);
    }

    /**
     * Signs for the unsigned assignments of the user's subtree on the measure, or for the one unit
     * named. Returns every assignment of the measure as it now stands.
     */
    @Transactional
    public List<UnitAssignment> sign(CurrentUser user, long measureId, Long orgId) {
        measures.lockForAnswering(user, measureId, "签收");
        List<UnitAssignment> before = signs.forMeasure(measureId);
        List<UnitAssignment> mine = UnitAssignment.answeredBy(user, before, orgId).stream()
                .filter(a -> !a.signed())
                .toList();
        if (mine.isEmpty()) {
            throw new RuleViolationException("没有需要本单位签收的分工（已签收，或不是本单位的分工）");
        }
        Instant now = clock.instant();
        List<UnitAssignment> signed =
                mine.stream().map(a -> a.sign(user.username(), now)).toList();
        signs.sign(measureId, signed.stream().map(UnitAssignment::orgId).toList(), user.username(), now);
        measures.settled(rows.find(measureId).orElseThrow(), now);
        audit.record(
                user.username(), "measure.sign", "measure", measureId, Map.of("units", mine), Map.of("units", signed));
        return signs.forMeasure(measureId);
    }

    /** The assignments units of the user's subtree have yet to sign for, oldest first. */
    public List<Awaiting> awaiting(CurrentUser user) {
        return signs.awaiting(user.subtreePattern(), AWAITING_SHOWN);
    }

    /** How many of the campaign's measures are not yet signed for by every unit; the reader must see the campaign. */
    public long unsignedMeasures(CurrentUser user, long campaignId) {
        campaigns.get(user, campaignId);
        return signs.unsignedMeasures(campaignId);
    }
}
