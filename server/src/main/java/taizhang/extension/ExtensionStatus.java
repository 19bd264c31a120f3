package taizhang.extension;

/** Where an extension request stands. */
public enum ExtensionStatus {
    PENDING("待审批"),
    APPROVED("已批准"),
    REFUSED("未批准");

    private final String label;

    ExtensionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
