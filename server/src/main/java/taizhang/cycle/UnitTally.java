package taizhang.cycle;

import java.time.Instant;

/** A unit's obligations in one cycle: how many measures it must report, has submitted, had returned. */
public record UnitTally(long orgId, String name, int required, int submitted, int returned, Instant lastReminded) {

    /** Reports still owed, returned ones included. */
    public int owing() {
        return required - submitted;
    }

    UnitTally reminded(Instant at) {
        return new UnitTally(orgId, name, required, submitted, returned, at);
    }
}
