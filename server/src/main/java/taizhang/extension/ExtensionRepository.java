package taizhang.extension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.LedgerQueries.MeasureLabel;
import taizhang.shared.Jdbc;

@Repository
class ExtensionRepository {

    /** The requests with their unit's name; the measures' 编号 and titles are the ledger's ({@link #labelled}). */
    private static final String VIEW = """
            select r.*, o.name as org_name from extension_request r join org_unit_view o on o.id = r.org_id""";

    private final JdbcClient jdbc;
    private final LedgerQueries ledger;

    ExtensionRepository(JdbcClient jdbc, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    long insert(ExtensionRequest r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into extension_request (measure_id, campaign_id, org_id, deadline_before, requested_deadline,
                                               reason, status, pending, requested_by, requested_at)
                values (:measure, :campaign, :org, :before, :requested, :reason, :status, true, :by, :at)""")
                .param("measure", r.measureId())
                .param("campaign", r.campaignId())
                .param("org", r.orgId())
                .param("before", r.deadlineBefore())
                .param("requested", r.requestedDeadline())
                .param("reason", r.reason())
                .param("status", r.status().name())
                .param("by", r.requestedBy())
                .param("at", Jdbc.utc(r.requestedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores the decision if the request is still pending at the version read; false otherwise. */
    boolean decide(ExtensionRequest r) {
        return jdbc.sql("""
                        update extension_request set status = :status, pending = null, decided_by = :by,
                               decided_at = :at, decision_reason = :why, version = version + 1
                        where id = :id and version = :version and status = 'PENDING'""")
                        .param("status", r.status().name())
                        .param("by", r.decidedBy())
                        .param("at", Jdbc.utc(r.decidedAt()))
                        .param("why", r.decisionReason())
                        .param("id", r.id())
                        .param("version", r.version())
                        .update()
                == 1;
    }

    Optional<ExtensionView> find(long id) {
        return labelled(jdbc.sql(VIEW + " where r.id = :id")
                        .param("id", id)
                        .query((rs, n) -> row(rs))
                        .list())
                .stream()
                .findFirst();
    }

    boolean hasPending(long measureId, long orgId) {
        return jdbc.sql("""
                        select count(*) from extension_request
                        where measure_id = :m and org_id = :o and status = 'PENDING'""")
                        .param("m", measureId)
                        .param("o", orgId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The measure's requests, newest first. */
    List<ExtensionView> forMeasure(long measureId) {
        return labelled(jdbc.sql(VIEW + " where r.measure_id = :m order by r.id desc")
                .param("m", measureId)
                .query((rs, n) -> row(rs))
                .list());
    }

    /** The campaign's requests in a status, oldest first; {@code scope} narrows to a subtree's units (null: all). */
    List<ExtensionView> inCampaign(long campaignId, ExtensionStatus status, String scope, int limit) {
        return labelled(jdbc.sql(VIEW + " where r.campaign_id = :c and r.status = :status" + scoped(scope)
                        + " order by r.id limit :limit")
                .params(scopeParams(scope))
                .param("c", campaignId)
                .param("status", status.name())
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list());
    }

    /**
     * Per measure and unit of the campaign, how many extensions were asked, approved and refused,
     * in ledger order (problem number, ordinal), which the measures' labels give.
     */
    List<ExtensionCount> counts(long campaignId, String scope) {
        record Row(long measureId, long orgId, String name, int requested, int approved, int refused) {}
        List<Row> rows = jdbc.sql("""
                select r.measure_id, r.org_id, o.name, count(*) as requested,
                       sum(case when r.status = 'APPROVED' then 1 else 0 end) as approved,
                       sum(case when r.status = 'REFUSED' then 1 else 0 end) as refused
                from extension_request r join org_unit_view o on o.id = r.org_id
                where r.campaign_id = :c""" + scoped(scope) + " group by r.measure_id, r.org_id, o.name")
                .params(scopeParams(scope))
                .param("c", campaignId)
                .query((rs, n) -> new Row(
                        rs.getLong("measure_id"),
                        rs.getLong("org_id"),
                        rs.getString("name"),
                        rs.getInt("requested"),
                        rs.getInt("approved"),
                        rs.getInt("refused")))
                .list();
        Map<Long, MeasureLabel> labels =
                ledger.labels(rows.stream().map(Row::measureId).distinct().toList());
        return rows.stream()
                .filter(r -> labels.containsKey(r.measureId()))
                .sorted(Comparator.comparing(
                                (Row r) -> labels.get(r.measureId()).problemNumber())
                        .thenComparing(r -> labels.get(r.measureId()).ordinal())
                        .thenComparing(Row::measureId)
                        .thenComparing(Row::orgId))
                .map(r -> new ExtensionCount(
                        r.measureId(),
                        labels.get(r.measureId()).code(),
                        r.orgId(),
                        r.name(),
                        r.requested(),
                        r.approved(),
                        r.refused()))
                .toList();
    }

    /**
     * Per measure and unit of the campaign, the extensions asked within {@code from}–{@code to}
     * (days of the request) and how they ended; without the measure's code, which a count per unit
     * needs not, so the requests are read alone.
     */
    List<ExtensionCount> countsRequestedBetween(long campaignId, Instant from, Instant to) {
        return jdbc.sql("""
                select r.measure_id, r.org_id, count(*) as requested,
                       sum(case when r.status = 'APPROVED' then 1 else 0 end) as approved,
                       sum(case when r.status = 'REFUSED' then 1 else 0 end) as refused
                from extension_request r
                where r.campaign_id = :c and r.requested_at >= :from and r.requested_at < :to
                group by r.measure_id, r.org_id""")
                .param("c", campaignId)
                .param("from", Jdbc.utc(from))
                .param("to", Jdbc.utc(to))
                .query((rs, n) -> new ExtensionCount(
                        rs.getLong("measure_id"),
                        null,
                        rs.getLong("org_id"),
                        null,
                        rs.getInt("requested"),
                        rs.getInt("approved"),
                        rs.getInt("refused")))
                .list();
    }

    /** The units of a subtree only, or every unit for a null scope. */
    private static String scoped(String scope) {
        return scope == null ? "" : " and o.path like :scope";
    }

    private static Map<String, Object> scopeParams(String scope) {
        return scope == null ? Map.of() : Map.of("scope", scope);
    }

    /** The requests, in their order, with their measures' 编号 and titles. */
    private List<ExtensionView> labelled(List<Row> rows) {
        Map<Long, MeasureLabel> labels = ledger.labels(
                rows.stream().map(r -> r.request().measureId()).distinct().toList());
        return rows.stream()
                .filter(r -> labels.containsKey(r.request().measureId()))
                .map(r -> {
                    MeasureLabel label = labels.get(r.request().measureId());
                    return new ExtensionView(r.request(), label.code(), label.title(), r.orgName());
                })
                .toList();
    }

    private record Row(ExtensionRequest request, String orgName) {}

    private static Row row(ResultSet rs) throws SQLException {
        ExtensionRequest r = new ExtensionRequest(
                rs.getLong("id"),
                rs.getLong("measure_id"),
                rs.getLong("campaign_id"),
                rs.getLong("org_id"),
                Jdbc.date(rs, "deadline_before"),
                Jdbc.date(rs, "requested_deadline"),
                rs.getString("reason"),
                ExtensionStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                Jdbc.instant(rs, "requested_at"),
                rs.getString("decided_by"),
                Jdbc.instant(rs, "decided_at"),
                rs.getString("decision_reason"),
                rs.getInt("version"));
        return new Row(r, rs.getString("org_name"));
    }
}
