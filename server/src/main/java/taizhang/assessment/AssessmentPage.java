package taizhang.assessment;

import java.util.List;
import taizhang.ledger.Campaign;

/**
 * 年度考核, the page of the office and the leaders (every unit, one unit's breakdown, and for the
 * office the settings, the adjustment and the feedback), and 我的考核, a unit's own breakdown.
 * {@code unit} is the result whose breakdown is open.
 */
public record AssessmentPage(
        List<Campaign> campaigns,
        Campaign campaign,
        List<Integer> years,
        Assessment assessment,
        UnitResult unit,
        boolean mayEdit) {

    public boolean empty() {
        return campaign == null;
    }

    public String href() {
        return "/assessment?campaign=" + campaign.id() + "&year=" + assessment.year();
    }

    public String unitHref(UnitResult u) {
        return href() + "&unit=" + u.orgId() + "#breakdown";
    }

    public String api() {
        return "/api/v1/campaigns/" + campaign.id() + "/assessment";
    }

    public String query() {
        return "?year=" + assessment.year();
    }

    /** What a score looks like on the page: 88.5, 100. */
    public static String plain(java.math.BigDecimal value) {
        return Scoring.plain(value);
    }

    public RuleSetting setting(Rule rule) {
        return assessment.settings().of(rule);
    }
}
