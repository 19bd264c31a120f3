package taizhang.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure as it stood when its cycle closed: status, units, deadline, the latest accepted report
 * and each indicator's latest figure. Later changes to the ledger leave it as it is.
 */
public record SnapshotEntry(
        long measureId,
        String title,
        String status,
        Long leadOrgId,
        List<Long> coUnitIds,
        LocalDate deadline,
        Long reportId,
        String reportPeriod,
        String reportExcerpt,
        List<Figure> figures) {

    /** An indicator's latest reading at the close. */
    public record Figure(long indicatorId, String period, BigDecimal amount) {}
}
