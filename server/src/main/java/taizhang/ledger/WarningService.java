package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;

/**
 * A campaign's warning settings (预警设置): read, previewed, changed by its office, and the
 * warnings of its measures recomputed — set-based, by {@link WarningLevel#sql}, after the lag
 * against plan has been assessed — on a change, every night, and when a plan or figure changes.
 */
@Service
public class WarningService {

    private final WarningRulesRepository repository;
    private final Warnings warnings;
    private final CampaignService campaigns;
    private final PlanLags lags;
    private final AuditTrail audit;
    private final Clock clock;

    WarningService(
            WarningRulesRepository repository,
            Warnings warnings,
            CampaignService campaigns,
            PlanLags lags,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.warnings = warnings;
        this.campaigns = campaigns;
        this.lags = lags;
        this.audit = audit;
        this.clock = clock;
    }

    /** A campaign's settings after a change, with how many measures the change moved. */
    public record Saved(WarningSettings settings, int moved) {}

    /** The settings of a campaign the user can see. */
    public WarningSettings settings(CurrentUser user, long campaignId) {
        campaigns.get(user, campaignId);
        return warnings.rules(campaignId).settings();
    }

    /** How many measures the proposed settings would move, counted without writing; office only. */
    @Transactional(readOnly = true)
    public WarningPreview preview(CurrentUser user, long campaignId, WarningSettings proposed) {
        campaigns.getForEditing(user, campaignId);
        Instant now = clock.instant();
        Map<WarningLevel, Long> moves = repository.moves(
                campaignId, WarningLevel.sql(warnings.rules(campaignId).withSettings(proposed), now, clock.getZone()));
        return new WarningPreview(
                moves.get(WarningLevel.RED), moves.get(WarningLevel.YELLOW), moves.get(WarningLevel.GREEN));
    }

    /** Stores the settings (audited) and recomputes the campaign's warnings by them; office only. */
    @Transactional
    public Saved save(CurrentUser user, long campaignId, WarningSettings settings) {
        campaigns.getForEditing(user, campaignId);
        WarningSettings before = warnings.rules(campaignId).settings();
        repository.save(campaignId, settings, user.username(), clock.instant());
        audit.record(user.username(), "campaign.warning-settings", "campaign", campaignId, before, settings);
        return new Saved(settings, recompute(campaignId));
    }

    /** Assesses the lag of the campaign's planned measures, then stores every changed warning; returns how many. */
    @Transactional
    public int recompute(long campaignId) {
        Instant now = clock.instant();
        WarningRules rules = warnings.rules(campaignId);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        repository.storePlanLags(campaignId, lags.ofCampaign(campaignId, rules.cycleDueDates(), today), true);
        return repository.apply(campaignId, WarningLevel.sql(rules, now, clock.getZone()));
    }

    /** Every campaign's warnings; returns how many measures changed level. */
    @Transactional
    public int recomputeAll() {
        int changed = 0;
        for (long campaign : repository.campaignIds()) {
            changed += recompute(campaign);
        }
        return changed;
    }

    /**
     * A measure's plan or figures changed: its lag is assessed again and its warning follows. The
     * caller has checked the user and holds the transaction.
     */
    @Transactional
    public void planChanged(long measureId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Long campaignId = repository.campaignOf(measureId);
        if (campaignId == null) {
            return;
        }
        WarningRules rules = warnings.rules(campaignId);
        Map<Long, WarningLevel> lag = lags.ofMeasure(measureId, rules.cycleDueDates(), today);
        repository.storePlanLag(measureId, lag.get(measureId));
        repository.apply(campaignId, measureId, WarningLevel.sql(rules, clock.instant(), clock.getZone()));
    }
}
