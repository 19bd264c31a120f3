package taizhang.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import taizhang.ledger.TrackedIndicators;
import taizhang.shared.Jdbc;

/**
 * Writes the indicators of a batch of measures and their readings with JDBC batches, in the
 * caller's transaction: the ledger's batch writer hands them here. Baselines start at zero. The
 * ids are read back by measure, one indexed range read; a measure has one tracked indicator.
 */
@Repository
public class IndicatorBatchWriter implements TrackedIndicators {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IndicatorBatchWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long[] write(long campaignId, List<Tracked> indicators, String source) {
        if (indicators.isEmpty()) {
            return new long[] {0, 0};
        }
        jdbc.batchUpdate(
                "insert into indicator (campaign_id, measure_id, name, unit, target, baseline) values (?, ?, ?, ?, ?, ?)",
                indicators,
                BATCH,
                (ps, t) -> {
                    ps.setLong(1, campaignId);
                    ps.setLong(2, t.measureId());
                    ps.setString(3, t.name());
                    ps.setString(4, t.unit());
                    ps.setBigDecimal(5, t.target());
                    ps.setBigDecimal(6, BigDecimal.ZERO);
                });
        Map<Long, Long> indicatorOf = new HashMap<>();
        jdbc.query(
                "select id, measure_id from indicator where campaign_id = ? and measure_id between ? and ?",
                rs -> {
                    indicatorOf.put(rs.getLong(2), rs.getLong(1));
                },
                campaignId,
                indicators.get(0).measureId(),
                indicators.get(indicators.size() - 1).measureId());
        List<Object[]> readings = new ArrayList<>();
        for (Tracked t : indicators) {
            for (Reading r : t.readings()) {
                readings.add(new Object[] {indicatorOf.get(t.measureId()), r.period(), r.amount()});
            }
        }
        // Recorded on the server's clock, as every reading: the changes between dates are read by it.
        OffsetDateTime now = Jdbc.utc(clock.instant());
        jdbc.batchUpdate(
                "insert into indicator_reading (indicator_id, period, amount, source, recorded_at) values (?, ?, ?, ?, ?)",
                readings,
                BATCH,
                (ps, r) -> {
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setBigDecimal(3, (BigDecimal) r[2]);
                    ps.setString(4, source);
                    ps.setObject(5, now);
                });
        return new long[] {indicators.size(), readings.size()};
    }
}
