package taizhang.cycle;

/** Whom the office reminds in one action. */
public enum RemindTarget {
    /** One unit that owes reports. */
    UNIT,
    /** Every unit past the due date with reports still owed. */
    LATE,
    /** Every unit that still owes reports. */
    ALL
}
