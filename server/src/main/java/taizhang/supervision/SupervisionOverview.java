package taizhang.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;

/**
 * A campaign's supervision in figures, per unit and in total, as the reader may see it: items, items
 * with findings (the seed's 匯集監督事項684項 is such a count), findings fed back as new measures or
 * returns, and accountability actions.
 */
@Service
public class SupervisionOverview {

    /** The campaign's totals and its units' rows, by the unit's place in the tree. */
    public record Summary(int items, int findings, int measures, int returned, int actions, List<UnitRow> units) {}

    public record UnitRow(long orgId, String name, int items, int findings, int measures, int returned, int actions) {}

    private final ItemRepository items;
    private final AccountabilityRepository actions;
    private final SupervisionAccesses accesses;
    private final OrgService organisations;

    SupervisionOverview(
            ItemRepository items,
            AccountabilityRepository actions,
            SupervisionAccesses accesses,
            OrgService organisations) {
        this.items = items;
        this.actions = actions;
        this.accesses = accesses;
        this.organisations = organisations;
    }

    public Summary summary(CurrentUser user, long campaignId) {
        SupervisionAccess access = accesses.of(user, campaignId, SupervisionService.ITEMS);
        Map<Long, ItemRepository.UnitCount> byUnit = items.countsByUnit(campaignId, access.listedSubtrees(), user.id());
        Map<Long, Integer> acted = actions.countsByUnit(campaignId, access.listedSubtrees(), user.id());
        TreeSet<Long> units = new TreeSet<>(byUnit.keySet());
        units.addAll(acted.keySet());
        List<UnitRow> rows = new ArrayList<>();
        for (long org : units) {
            ItemRepository.UnitCount c = byUnit.getOrDefault(org, new ItemRepository.UnitCount(0, 0, 0, 0));
            Organisation unit = organisations.find(org).orElse(null);
            rows.add(new UnitRow(
                    org,
                    unit == null ? "—" : unit.name(),
                    c.items(),
                    c.findings(),
                    c.created(),
                    c.returned(),
                    acted.getOrDefault(org, 0)));
        }
        rows.sort(Comparator.comparing(
                r -> organisations.find(r.orgId()).map(Organisation::path).orElse("")));
        return new Summary(
                rows.stream().mapToInt(UnitRow::items).sum(),
                rows.stream().mapToInt(UnitRow::findings).sum(),
                rows.stream().mapToInt(UnitRow::measures).sum(),
                rows.stream().mapToInt(UnitRow::returned).sum(),
                rows.stream().mapToInt(UnitRow::actions).sum(),
                List.copyOf(rows));
    }
}
