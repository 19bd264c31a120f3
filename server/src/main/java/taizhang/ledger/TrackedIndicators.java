package taizhang.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where the ledger's batch writer hands the indicators of the measures it writes, with their
 * readings: the indicator feature's tables, which it writes in batches in the caller's
 * transaction. The indicator feature implements it, as it depends on the ledger and not the
 * other way round.
 */
public interface TrackedIndicators {

    /** An indicator of a measure just written, with its readings in order. */
    record Tracked(long measureId, String name, String unit, BigDecimal target, List<Reading> readings) {}

    record Reading(String period, BigDecimal amount) {}

    /** Writes the indicators of the campaign's measures, with {@code source} on each reading; returns {indicators, readings}. */
    long[] write(long campaignId, List<Tracked> indicators, String source);
}
