package taizhang.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.Measure;
import taizhang.progress.CycleGate;

/** Answers progress's question: does a cycle open a period to a measure's reports, or lock them? */
@Component
class CycleLocks implements CycleGate {

    private final CycleRepository cycles;
    private final SnapshotRepository snapshots;
    private final ObligationRepository obligations;

    CycleLocks(CycleRepository cycles, SnapshotRepository snapshots, ObligationRepository obligations) {
        this.cycles = cycles;
        this.snapshots = snapshots;
        this.obligations = obligations;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reportsChanged(String period, Collection<Long> measureIds) {
        obligations.recount(period, measureIds);
    }

    @Override
    public Stance stance(Measure measure, String period) {
        return stance(measure, cycles.head(measure.campaignId(), period, false));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Stance stanceForWriting(Measure measure, String period) {
        return stance(measure, cycles.head(measure.campaignId(), period, true));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> lockedForWriting(long campaignId, String period, Collection<Long> measureIds) {
        return cycles.head(campaignId, period, true)
                .filter(cycle -> !cycle.isOpen())
                .map(cycle -> snapshots.coveredAmong(cycle.id(), measureIds))
                .orElse(Set.of());
    }

    private Stance stance(Measure measure, Optional<ReportingCycle> found) {
        return found.map(cycle -> {
                    if (cycle.isOpen()) {
                        return ReportingCycle.requires(measure.status(), cycles.excluded(cycle.id(), measure.id()))
                                ? Stance.OPEN
                                : Stance.NONE;
                    }
                    return snapshots
                                    .coveredAmong(cycle.id(), List.of(measure.id()))
                                    .isEmpty()
                            ? Stance.NONE
                            : Stance.CLOSED;
                })
                .orElse(Stance.NONE);
    }
}
