package taizhang.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first or next try. */
    PENDING("待发送"),
    /** The receiver answered 2xx. */
    DELIVERED("已送达"),
    /** Every try failed, or the organisation's webhook was removed or switched off. */
    FAILED("已放弃");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
