package taizhang.notice;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;

/** A campaign's notice settings: read by whoever reads the campaign, saved (audited) by its office. */
@Service
public class NoticeSettingsService {

    private final NoticeSettingsRepository repository;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeSettingsService(
            NoticeSettingsRepository repository,
            CampaignService campaigns,
            OrgService organisations,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NoticeSettings settings(CurrentUser user, long campaignId) {
        return of(campaigns.get(user, campaignId));
    }

    @Transactional
    public NoticeSettings save(
            CurrentUser user,
            long campaignId,
            String issuer,
            String signature,
            String numberPattern,
            String contact,
            int version) {
        Campaign campaign = campaigns.getForEditing(user, campaignId);
        NoticeSettings before = of(campaign);
        NoticeSettings asked = NoticeSettings.of(campaignId, issuer, signature, numberPattern, contact, version);
        repository.saveSettings(asked, user.username(), clock.instant());
        audit.record(user.username(), "notice.settings", "campaign", campaignId, before, asked);
        return repository.settings(campaignId).orElseThrow();
    }

    /** The campaign's settings, or what it has before its office saves any: its owner issues and signs. */
    NoticeSettings of(Campaign campaign) {
        return repository
                .settings(campaign.id())
                .orElseGet(() -> NoticeSettings.defaults(
                        campaign.id(),
                        organisations
                                .find(campaign.ownerOrgId())
                                .map(Organisation::name)
                                .orElse(campaign.name())));
    }
}
