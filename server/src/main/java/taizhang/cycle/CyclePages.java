package taizhang.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.extension.ExtensionService;
import taizhang.extension.ExtensionStatus;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.SignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/** Builds the office's 调度周期 page from the same service the API uses. */
@Service
class CyclePages {

    static final int OWING_SHOWN = 100;

    private final CycleService cycles;
    private final CampaignService campaigns;
    private final SignService signs;
    private final ExtensionService extensions;
    private final Clock clock;

    CyclePages(
            CycleService cycles,
            CampaignService campaigns,
            SignService signs,
            ExtensionService extensions,
            Clock clock) {
        this.signs = signs;
        this.extensions = extensions;
        this.cycles = cycles;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The campaign (default: the first the user's office owns) and cycle (default: the latest). */
    @Transactional(readOnly = true)
    CyclesPage page(CurrentUser user, Long campaignId, String period) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("只有整改办可以管理调度周期");
        }
        List<Campaign> owned = campaigns.visible(user).stream()
                .filter(c -> campaigns.seesWholeCampaign(user, c))
                .toList();
        String month = YearMonth.now(clock).toString();
        if (owned.isEmpty()) {
            return new CyclesPage(owned, null, List.of(), null, month, 0, 0);
        }
        Campaign campaign = campaignId == null ? owned.get(0) : campaigns.getForEditing(user, campaignId);
        List<ReportingCycle> list = cycles.list(user, campaign.id());
        ReportingCycle chosen = period != null
                ? cycles.get(user, campaign.id(), period)
                : list.stream().filter(ReportingCycle::isOpen).findFirst().orElse(list.isEmpty() ? null : list.get(0));
        return new CyclesPage(
                owned,
                campaign,
                list,
                chosen == null ? null : shown(user, chosen),
                month,
                signs.unsignedMeasures(user, campaign.id()),
                extensions
                        .inCampaign(user, campaign.id(), ExtensionStatus.PENDING)
                        .size());
    }

    private CyclesPage.Shown shown(CurrentUser user, ReportingCycle cycle) {
        String period = cycle.period().label();
        List<Obligation> owing = cycles.obligations(user, cycle.campaignId(), period, true, 0, OWING_SHOWN + 1);
        return new CyclesPage.Shown(
                cycle,
                cycle.daysLeft(LocalDate.now(clock)),
                cycles.units(user, cycle.campaignId(), period),
                owing.size() > OWING_SHOWN ? owing.subList(0, OWING_SHOWN) : owing,
                owing.size() > OWING_SHOWN);
    }
}
