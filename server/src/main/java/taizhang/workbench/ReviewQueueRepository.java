package taizhang.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.ledger.LedgerQueries;
import taizhang.progress.ProgressQueries;
import taizhang.shared.SqlCondition;

/**
 * The reports waiting for review: submitted, on measures of campaigns owned within the
 * reviewer's subtree — the office reviews its own campaigns, oldest submission first — and on the
 * sub-measures split off by a unit in that subtree (分层建账: a 盟市 整改办 reviews its banners'). The
 * reports are the progress feature's ({@link ProgressQueries#submittedIn}), the measures' labels
 * the ledger's; the campaigns are read here through the two small views of their owners.
 */
@Repository
class ReviewQueueRepository {

    /** How the queue names a report's measure: its code ({@code 3-2}), title and campaign. */
    record QueuedMeasure(long id, String code, String title, long campaignId) {}

    /** A campaign as the queue's filter offers it. */
    record CampaignName(long id, String name) {}

    private final JdbcClient jdbc;
    private final ProgressQueries progress;
    private final LedgerQueries ledger;

    ReviewQueueRepository(JdbcClient jdbc, ProgressQueries progress, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.ledger = ledger;
    }

    List<Long> submitted(String scope, SqlCondition filter, int limit) {
        List<Long> campaigns = kept(scope).stream().map(CampaignName::id).toList();
        return progress.submittedIn(campaigns, keptBelow(scope, campaigns), filter, limit);
    }

    /** The campaigns owned within the reviewer's subtree, by name: those it reviews whole. */
    List<CampaignName> kept(String scope) {
        return jdbc.sql("""
                select c.id, c.name from ledger_campaign_view c join org_unit_view o on o.id = c.owner_org_id
                where o.path like :scope order by c.id""").param("scope", scope).query(CampaignName.class).list();
    }

    /** The campaigns' names by id. */
    Map<Long, String> campaignNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from ledger_campaign_view where id in (:ids)")
                .param("ids", ids)
                .query(CampaignName.class)
                .list()
                .stream()
                .collect(Collectors.toMap(CampaignName::id, CampaignName::name));
    }

    /** The tree path of a unit ({@code /1/5/}), to filter by its subtree; empty when there is none. */
    java.util.Optional<String> unitPath(long unitId) {
        return jdbc.sql("select path from org_unit_view where id = :id")
                .param("id", unitId)
                .query(String.class)
                .optional();
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
    List<Long> submittedWithin(List<Long> supervisedUnits, SqlCondition filter, int limit) {
        return progress.submittedWithin(supervisedUnits, filter, limit);
    }

    /** The queued reports' measures by id, read apart from {@link #submitted}, for these few. */
    Map<Long, QueuedMeasure> measures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ledger.labels(ids).values().stream()
                .collect(Collectors.toMap(
                        LedgerQueries.MeasureLabel::id,
                        m -> new QueuedMeasure(m.id(), m.code(), m.title(), m.campaignId())));
    }
}
