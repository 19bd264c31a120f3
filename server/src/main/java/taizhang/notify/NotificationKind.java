package taizhang.notify;

/** What a notice is about; the label is its title in the inbox and the mail's subject. */
public enum NotificationKind {
    CYCLE_OPENED("调度开启"),
    DUE_SOON("即将截止"),
    OVERDUE("逾期未报"),
    ESCALATED("逾期督办"),
    REMINDED("整改办催报"),
    REPORT_RETURNED("报告退回"),
    REPORT_ACCEPTED("报告采纳"),
    MEASURE_ASSIGNED("新分配措施"),
    EXTENSION_DECIDED("延期审批"),
    ASSESSMENT_FEEDBACK("考核反馈");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
