package taizhang.cycle;

/** Whether a cycle still takes reports. */
public enum CycleStatus {
    /** Units report; the office reviews. */
    OPEN("调度中"),
    /** Locked: its reports no longer change, and its snapshot stands for the ledger as of the close. */
    CLOSED("已关闭");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
