package taizhang.ledger;

import java.util.List;

/**
 * Published in the transaction that changed these measures of a campaign in place (status, lead,
 * removal or restoration, any edit), so that what other features keep about them follows before
 * the commit: an open cycle's obligations keep each measure's current lead unit.
 */
public record MeasuresChanged(long campaignId, List<Long> measureIds) {

    public MeasuresChanged {
        measureIds = List.copyOf(measureIds);
    }

    static MeasuresChanged of(List<Measure> measures) {
        long campaign = measures.get(0).campaignId();
        return new MeasuresChanged(campaign, measures.stream().map(Measure::id).toList());
    }
}
