package taizhang.shared;

import java.time.LocalDateTime;

/**
 * The server clock seen by a story told after the fact: the demo seeds months of a ledger in one
 * start, each step at the moment it tells of, so every date the services record (the audit trail,
 * reports, cycles, snapshots) is that step's. Steps move forward only; {@link #resume()} lets the
 * clock run on from today again.
 */
public interface Timeline {

    /** Stands the clock at {@code when} (in the clock's zone) until moved again or resumed. */
    void moveTo(LocalDateTime when);

    /** Back to the running clock. */
    void resume();
}
