package taizhang.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.ledger.LedgerQueries;
import taizhang.progress.ProgressQueries;

/**
 * The reports waiting for review: submitted, on measures of campaigns owned within the
 * reviewer's subtree — the office reviews its own campaigns, oldest submission first — and on the
 * sub-measures split off by a unit in that subtree (分层建账: a 盟市 整改办 reviews its banners'). The
 * reports are the progress feature's ({@link ProgressQueries#submittedIn}), the measures' labels
 * the ledger's; the campaigns are read here through the two small views of their owners.
 */
@Repository
class ReviewQueueRepository {

    /** How the queue names a report's measure: its code ({@code 3-2}) and title. */
    record QueuedMeasure(long id, String code, String title) {}

    private final JdbcClient jdbc;
    private final ProgressQueries progress;
    private final LedgerQueries ledger;

    ReviewQueueRepository(JdbcClient jdbc, ProgressQueries progress, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.ledger = ledger;
    }

    List<Long> submitted(String scope, int limit) {
        List<Long> campaigns =
                jdbc.sql("""
                select c.id from ledger_campaign_view c join org_unit_view o on o.id = c.owner_org_id
                where o.path like :scope""").param("scope", scope).query(Long.class).list();
        return progress.submittedIn(campaigns, keptBelow(scope, campaigns), limit);
    }

    /**
     * 分层建账: the sub-measures kept by an office in the reviewer's subtree (a 盟市 整改办's), of
     * campaigns the reviewer does not keep whole; a sub-measure's office sees every one of them.
     */
    private List<Long> keptBelow(String scope, List<Long> keptCampaigns) {
        return jdbc.sql("""
                select s.measure_id from ledger_sub_measure_view s
                join org_unit_view o on o.id = s.keeper_org_id
                join ledger_measure_view m on m.id = s.measure_id
                where o.path like :scope and m.campaign_id not in (:campaigns)""")
                .param("scope", scope)
                .param("campaigns", keptCampaigns.isEmpty() ? List.of(-1L) : keptCampaigns)
                .query(Long.class)
                .list();
    }

    /** The oldest submitted reports on measures of the units a supervisor supervises (对口督导). */
    List<Long> submittedWithin(List<Long> supervisedUnits, int limit) {
        return progress.submittedWithin(supervisedUnits, limit);
    }

    /** The queued reports' measures by id, read apart from {@link #submitted}, for these few. */
    Map<Long, QueuedMeasure> measures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ledger.labels(ids).values().stream()
                .collect(Collectors.toMap(
                        LedgerQueries.MeasureLabel::id, m -> new QueuedMeasure(m.id(), m.code(), m.title())));
    }
}
