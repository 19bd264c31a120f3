package taizhang.supervision;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit counts of a campaign's year, for the annual assessment (考核): the supervision items that
 * found something (by the day checked) and the accountability actions (by the day decided), keyed by
 * the unit they were recorded against. A unit with none is absent. No reader check: the assessment
 * decides who sees its scores.
 */
@Component
public class SupervisionCounts {

    private final ItemRepository items;
    private final AccountabilityRepository actions;

    SupervisionCounts(ItemRepository items, AccountabilityRepository actions) {
        this.items = items;
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    public Map<Long, Integer> findingsPerUnit(long campaignId, int year) {
        return items.findingsPerUnit(campaignId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public Map<Long, Integer> accountabilityPerUnit(long campaignId, int year) {
        return actions.perUnit(campaignId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
