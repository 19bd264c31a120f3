package taizhang.shared;

/** What a user may do; where is decided by the user's organisation subtree. */
public enum Role {
    /** Manages organisations, users and the audit trail. */
    ADMIN,
    /** 整改办: imports, assigns, reviews and closes. */
    OFFICE,
    /** 责任单位: reports progress on its own measures. */
    UNIT,
    /** 督导: reads what it supervises, records findings. */
    SUPERVISOR,
    /** 领导: reads dashboards and reports. */
    LEADER
}
