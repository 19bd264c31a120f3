package taizhang.supervision;

/** How a supervision item is linked to a measure. */
public enum ItemLink {
    /** The item checked this measure. */
    CONCERNS("涉及措施"),
    /** The item's finding became this measure (一对一反馈整改). */
    CREATED("反馈为新措施"),
    /** The item's finding returned this measure to its unit (退回). */
    RETURNED("退回整改");

    private final String label;

    ItemLink(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
