package taizhang.notice;

/** A notice is a draft the office edits until it publishes it; published, it never changes. */
public enum NoticeStatus {
    DRAFT("草稿"),
    PUBLISHED("已印发");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
