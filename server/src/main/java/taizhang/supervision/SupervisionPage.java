package taizhang.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import taizhang.ledger.Campaign;
import taizhang.org.Organisation;

/**
 * 对口督导, the page of one campaign: its supervision per unit with the totals, the items (of one
 * unit's subtree when {@code unit} is chosen), and for who may record one, the form with the units
 * it may record for. The measures the items are linked to are named by their 编号 ({@code codes}, by id).
 */
public record SupervisionPage(
        List<Campaign> campaigns,
        Campaign campaign,
        SupervisionOverview.Summary summary,
        List<ItemView> items,
        Long unit,
        List<Organisation> recordUnits,
        LocalDate today,
        boolean office,
        Map<Long, String> codes) {

    public boolean empty() {
        return campaign == null;
    }

    public boolean mayRecord() {
        return !recordUnits.isEmpty();
    }

    public List<SupervisionMethod> methods() {
        return List.of(SupervisionMethod.values());
    }

    /** The measure's 编号 (3-2). */
    public String code(long measureId) {
        return codes.getOrDefault(measureId, "—");
    }

    public String unitName() {
        return summary.units().stream()
                .filter(u -> unit != null && u.orgId() == unit)
                .map(SupervisionOverview.UnitRow::name)
                .findFirst()
                .orElse("");
    }
}
