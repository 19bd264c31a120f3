package taizhang.supervision;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.Campaign;
import taizhang.org.Organisation;

/**
 * 对口督导, the page of one campaign: its supervision per unit with the totals, the items (of one
 * unit's subtree when {@code unit} is chosen), and for who may record one, the form with the units
 * it may record for.
 */
public record SupervisionPage(
        List<Campaign> campaigns,
        Campaign campaign,
        SupervisionOverview.Summary summary,
        List<ItemView> items,
        Long unit,
        List<Organisation> recordUnits,
        LocalDate today,
        boolean office) {

    public boolean empty() {
        return campaign == null;
    }

    public boolean mayRecord() {
        return !recordUnits.isEmpty();
    }

    public List<SupervisionMethod> methods() {
        return List.of(SupervisionMethod.values());
    }

    public String unitName() {
        return summary.units().stream()
                .filter(u -> unit != null && u.orgId() == unit)
                .map(SupervisionOverview.UnitRow::name)
                .findFirst()
                .orElse("");
    }
}
