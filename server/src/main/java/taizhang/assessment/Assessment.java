package taizhang.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's assessment for a year as one reader may see it: every unit for the office and the
 * leaders who see the whole campaign, a unit's own row for anyone else; when and by whom it was
 * computed, and the thresholds its ratings follow.
 */
public record Assessment(
        long campaignId,
        String campaignName,
        String office,
        int year,
        String computedBy,
        Instant computedAt,
        AssessmentSettings settings,
        List<UnitResult> units,
        boolean wholeCampaign) {

    public Assessment {
        units = List.copyOf(units);
    }

    /** How many units have each rating, in rating order. */
    public Map<Rating, Long> ratingCounts() {
        Map<Rating, Long> counts = new TreeMap<>();
        for (Rating rating : Rating.values()) {
            counts.put(rating, units.stream().filter(u -> u.rating() == rating).count());
        }
        return counts;
    }
}
