package taizhang.ledger;

import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** Who approves one step of a 销号审批链. */
public enum ClosingApprover {
    /** 牵头单位领导: a leader of the measure's lead unit itself (one above it answers as the leading group or not at all). */
    LEAD_LEADER("牵头单位领导"),
    /** 整改办: the office that keeps the measure (the campaign's, or for a sub-measure that of its level). */
    OFFICE("整改办"),
    /** 领导小组: a leader who sees the whole campaign. */
    LEADING_GROUP("领导小组");

    private final String label;

    ClosingApprover(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the user answers for this step of the measure's chain.
     *
     * @param rights the user's rights on the measure (its office is {@link MeasureRights#office()})
     * @param leadPath the path of the measure's lead unit, null when it has none
     * @param seesWholeCampaign the user works in the subtree of the campaign's owning office
     */
    public boolean heldBy(CurrentUser user, MeasureRights rights, String leadPath, boolean seesWholeCampaign) {
        return switch (this) {
            case LEAD_LEADER -> user.has(Role.LEADER) && user.organisationPath().equals(leadPath);
            case OFFICE -> rights.office();
            case LEADING_GROUP -> user.has(Role.LEADER) && seesWholeCampaign;
        };
    }
}
