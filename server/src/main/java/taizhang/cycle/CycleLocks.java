package taizhang.cycle;

import org.springframework.stereotype.Component;
import taizhang.ledger.Measure;
import taizhang.progress.CycleGate;

/** Answers progress's question: does a cycle open a period to a measure's reports, or lock them? */
@Component
class CycleLocks implements CycleGate {

    private final CycleRepository cycles;
    private final SnapshotRepository snapshots;

    CycleLocks(CycleRepository cycles, SnapshotRepository snapshots) {
        this.cycles = cycles;
        this.snapshots = snapshots;
    }

    @Override
    public Stance stance(Measure measure, String period) {
        return cycles.find(measure.campaignId(), period).map(cycle -> {
            if (cycle.isOpen()) {
                return cycle.requires(measure.id(), measure.status()) ? Stance.OPEN : Stance.NONE;
            }
            return snapshots.covered(cycle.id(), measure.id()) ? Stance.CLOSED : Stance.NONE;
        }).orElse(Stance.NONE);
    }
}
