package taizhang.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Keeps each dashboard for a short while. At a million measures its exact counts read about a
 * million index entries (200 ms on PostgreSQL, more on H2), while readers open it again and
 * again. A dashboard depends only on the reader's organisation (what it sees) and the campaign,
 * so that is the key; it is recomputed after {@link #TTL}, or at once when the ledger's
 * fingerprint shows a change (a measure edited, a report or reading added, a campaign created).
 * Warnings recomputed by the nightly job show within the TTL.
 */
@Component
class DashboardCache {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Organisations times campaigns stay in the hundreds; beyond this something is off, start over. */
    private static final int MAX_ENTRIES = 2_000;

    private record Key(long organisationId, Long campaignId) {
    }

    private record Entry(Dashboard dashboard, String fingerprint, long createdNanos) {

        boolean fresh(String current) {
            return fingerprint.equals(current) && System.nanoTime() - createdNanos < TTL.toNanos();
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Dashboard get(long organisationId, Long campaignId, String fingerprint, Supplier<Dashboard> compute) {
        Key key = new Key(organisationId, campaignId);
        Entry entry = entries.get(key);
        if (entry != null && entry.fresh(fingerprint)) {
            return entry.dashboard();
        }
        Dashboard dashboard = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(dashboard, fingerprint, System.nanoTime()));
        return dashboard;
    }
}
