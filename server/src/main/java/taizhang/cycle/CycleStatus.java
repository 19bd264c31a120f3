package taizhang.cycle;

/** Whether a cycle still takes reports. */
public enum CycleStatus {
    /** Units report; the office reviews. */
    OPEN,
    /** Locked: its reports no longer change, and its snapshot stands for the ledger as of the close. */
    CLOSED
}
