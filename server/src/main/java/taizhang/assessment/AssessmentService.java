package taizhang.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.cycle.CycleQueries;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.StaleVersionException;

/**
 * 考核 from settings to feedback. The office that keeps a campaign edits its rules, computes a
 * year, adjusts a unit's score with a reason and sends the weak units their feedback; the office
 * and the leaders who see the whole campaign read every unit's result, anyone else who sees the
 * campaign only its own unit's. A year never computed is computed when first read.
 */
@Service
public class AssessmentService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final AssessmentRepository results;
    private final AssessmentSettingsRepository rules;
    private final AssessmentFigures figures;
    private final CampaignService campaigns;
    private final CycleQueries cycles;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(
            AssessmentRepository results,
            AssessmentSettingsRepository rules,
            AssessmentFigures figures,
            CampaignService campaigns,
            CycleQueries cycles,
            OrgService organisations,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.results = results;
        this.rules = rules;
        this.figures = figures;
        this.campaigns = campaigns;
        this.cycles = cycles;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public AssessmentSettings settings(CurrentUser user, long campaignId) {
        campaigns.get(user, campaignId);
        return settingsOf(campaignId);
    }

    /** Saves the campaign's rules and thresholds; {@code settings.version()} is the version read. */
    @Transactional
    public AssessmentSettings saveSettings(CurrentUser user, long campaignId, AssessmentSettings settings) {
        campaigns.getForEditing(user, campaignId);
        AssessmentSettings before = settingsOf(campaignId);
        if (!rules.saveSettings(campaignId, settings, user.username(), clock.instant())) {
            throw new StaleVersionException("考核设置", campaignId);
        }
        AssessmentSettings after = settingsOf(campaignId);
        audit.record(user.username(), "assessment.settings", "campaign", campaignId, before, after);
        return after;
    }

    /** The year the campaign's assessment opens on: the latest with a closed cycle, else this year. */
    public int defaultYear(long campaignId) {
        List<Integer> years = cycles.closedYears(campaignId);
        return years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
    }

    /** The years worth offering: those with closed cycles and this one. */
    public List<Integer> years(long campaignId) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(cycles.closedYears(campaignId));
        years.add(LocalDate.now(clock).getYear());
        return List.copyOf(years);
    }

    /** The year's results as the reader may see them, computed now if they never were. */
    @Transactional
    public Assessment read(CurrentUser user, long campaignId, Integer year) {
        Campaign campaign = campaigns.get(user, campaignId);
        int y = year(campaignId, year);
        if (results.run(campaignId, y).isEmpty()) {
            store(user, campaign, y, "assessment.compute");
        }
        return assessment(user, campaign, y);
    }

    /** Computes the year again from the ledger as it stands; the office's adjustments are kept. */
    @Transactional
    public Assessment compute(CurrentUser user, long campaignId, Integer year) {
        Campaign campaign = campaigns.getForEditing(user, campaignId);
        int y = year(campaignId, year);
        store(user, campaign, y, "assessment.recompute");
        return assessment(user, campaign, y);
    }

    /** The office sets a unit's score, with a reason; the computed score stays beside it. */
    @Transactional
    public UnitResult adjust(
            CurrentUser user,
            long campaignId,
            int year,
            long orgId,
            java.math.BigDecimal score,
            String reason,
            int version) {
        Campaign campaign = campaigns.getForEditing(user, campaignId);
        int y = year(campaignId, year);
        UnitResult before = unit(campaign, y, orgId);
        Adjustment adjustment = Adjustment.of(score, reason, user.username(), clock.instant());
        if (before.version() != version || !results.adjust(campaignId, y, orgId, adjustment, version)) {
            throw new StaleVersionException("考核结果", orgId);
        }
        UnitResult after = unit(campaign, y, orgId);
        audit.record(
                user.username(),
                "assessment.adjust",
                "campaign",
                campaignId,
                Map.of("year", y, "orgId", orgId, "computedScore", before.computedScore(), "score", before.score()),
                Map.of(
                        "year", y,
                        "orgId", orgId,
                        "computedScore", after.computedScore(),
                        "score", after.score(),
                        "reason", adjustment.reason()));
        return after;
    }

    /** 一对一反馈: tells each unit rated 一般 or 差 its breakdown; how many units were told. */
    @Transactional
    public int sendFeedback(CurrentUser user, long campaignId, Integer year) {
        Campaign campaign = campaigns.getForEditing(user, campaignId);
        Assessment assessment = read(user, campaignId, year);
        List<AssessmentFeedback.UnitFeedback> weak = assessment.units().stream()
                .filter(u -> u.rating().needsFeedback())
                .map(AssessmentFeedback.UnitFeedback::of)
                .toList();
        events.publishEvent(new AssessmentFeedback(
                campaignId,
                campaign.name(),
                assessment.year(),
                assessment.computedAt().getEpochSecond(),
                weak));
        audit.record(
                user.username(),
                "assessment.feedback",
                "campaign",
                campaignId,
                null,
                Map.of(
                        "year",
                        assessment.year(),
                        "units",
                        weak.stream()
                                .map(AssessmentFeedback.UnitFeedback::orgId)
                                .toList()));
        return weak.size();
    }

    private void store(CurrentUser user, Campaign campaign, int year, String action) {
        AssessmentSettings settings = settingsOf(campaign.id());
        Map<Long, String> names = new LinkedHashMap<>();
        for (Organisation o : organisations.all()) {
            names.put(o.id(), o.name());
        }
        List<UnitScore> scores = figures.observe(campaign.id(), year, LocalDate.now(clock)).entrySet().stream()
                .filter(e -> names.containsKey(e.getKey()))
                .map(e -> Scoring.score(settings, e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
        results.replace(campaign.id(), year, scores, user.username(), clock.instant());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", year);
        summary.put("units", scores.size());
        audit.record(user.username(), action, "campaign", campaign.id(), null, summary);
    }

    private Assessment assessment(CurrentUser user, Campaign campaign, int year) {
        AssessmentSettings settings = settingsOf(campaign.id());
        boolean all = seesAll(user, campaign);
        AssessmentRepository.Run run = results.run(campaign.id(), year).orElseThrow();
        List<UnitResult> units = results.results(campaign.id(), year, all ? null : user.organisationId()).stream()
                .map(r -> UnitResult.of(r.computed(), r.adjustment(), settings.thresholds(), r.version()))
                .toList();
        String office = organisations
                .find(campaign.ownerOrgId())
                .map(Organisation::name)
                .orElse("");
        return new Assessment(
                campaign.id(), campaign.name(), office, year, run.computedBy(), run.computedAt(), settings, units, all);
    }

    private UnitResult unit(Campaign campaign, int year, long orgId) {
        if (results.run(campaign.id(), year).isEmpty()) {
            throw new NotFoundException(year + " 年度考核尚未计算");
        }
        return results.results(campaign.id(), year, orgId).stream()
                .findFirst()
                .map(r -> UnitResult.of(
                        r.computed(), r.adjustment(), settingsOf(campaign.id()).thresholds(), r.version()))
                .orElseThrow(() -> NotFoundException.of("考核结果（单位）", orgId));
    }

    /** The office, admins and leaders who see the whole campaign see every unit; anyone else its own. */
    boolean seesAll(CurrentUser user, Campaign campaign) {
        return user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER) && campaigns.seesWholeCampaign(user, campaign);
    }

    private AssessmentSettings settingsOf(long campaignId) {
        return rules.settings(campaignId).orElseGet(AssessmentSettings::defaults);
    }

    private int year(long campaignId, Integer year) {
        if (year == null) {
            return defaultYear(campaignId);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException("year", "考核年度应在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 年之间");
        }
        return year;
    }
}
