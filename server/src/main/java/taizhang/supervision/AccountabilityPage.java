package taizhang.supervision;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.Campaign;
import taizhang.org.Organisation;

/** 责任追究, the register of one campaign, its Excel export, and the form for who may record an action. */
public record AccountabilityPage(
        List<Campaign> campaigns,
        Campaign campaign,
        List<AccountabilityView> actions,
        List<Organisation> recordUnits,
        LocalDate today) {

    public boolean empty() {
        return campaign == null;
    }

    public boolean mayRecord() {
        return !recordUnits.isEmpty();
    }

    public List<AccountabilityKind> kinds() {
        return List.of(AccountabilityKind.values());
    }
}
