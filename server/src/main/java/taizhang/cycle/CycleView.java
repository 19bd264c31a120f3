package taizhang.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cycle as the API and the audit trail show it: the period as its label, with its Chinese name. */
record CycleView(
        long id,
        long campaignId,
        String period,
        String name,
        LocalDate dueDate,
        CycleStatus status,
        List<Long> excludedMeasureIds,
        Instant closedAt) {

    static CycleView of(ReportingCycle c) {
        return new CycleView(
                c.id(),
                c.campaignId(),
                c.period().label(),
                c.period().chinese(),
                c.dueDate(),
                c.status(),
                c.excludedMeasureIds().stream().sorted().toList(),
                c.closedAt());
    }
}
