package taizhang.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** 销号审批链: each campaign's chain, and the closing requests run through it with their decisions. */
@Repository
class ClosingChainRepository {

    private final JdbcClient jdbc;

    ClosingChainRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClosingChain chain(long campaignId) {
        return new ClosingChain(
                jdbc.sql("select approver from closing_chain_step where campaign_id = :c order by position")
                        .param("c", campaignId)
                        .query((rs, n) -> ClosingApprover.valueOf(rs.getString("approver")))
                        .list());
    }

    void replaceChain(long campaignId, ClosingChain chain) {
        jdbc.sql("delete from closing_chain_step where campaign_id = :c")
                .param("c", campaignId)
                .update();
        for (int i = 0; i < chain.steps().size(); i++) {
            jdbc.sql("insert into closing_chain_step (campaign_id, position, approver) values (:c, :p, :a)")
                    .param("c", campaignId)
                    .param("p", i)
                    .param("a", chain.steps().get(i).name())
                    .update();
        }
    }

    long insert(ClosingRequest r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into closing_request (measure_id, chain, status, requested_by, requested_at)
                values (:measure, :chain, :status, :by, :at)""")
                .param("measure", r.measureId())
                .param("chain", r.chain().encoded())
                .param("status", r.status().name())
                .param("by", r.requestedBy())
                .param("at", Jdbc.utc(r.requestedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes the new status and the newest decision if the stored version is still the one read. */
    boolean update(ClosingRequest r) {
        int updated = jdbc.sql("""
                update closing_request set status = :status, version = version + 1
                where id = :id and version = :version""")
                .param("status", r.status().name())
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (updated == 1) {
            ClosingRequest.Decision d = r.decisions().get(r.decisions().size() - 1);
            jdbc.sql("""
                    insert into closing_decision (request_id, position, approver, approved, reason, decided_by, decided_at)
                    values (:request, :position, :approver, :approved, :reason, :by, :at)""")
                    .param("request", r.id())
                    .param("position", d.position())
                    .param("approver", d.approver().name())
                    .param("approved", d.approved())
                    .param("reason", d.reason())
                    .param("by", d.by())
                    .param("at", Jdbc.utc(d.at()))
                    .update();
        }
        return updated == 1;
    }

    Optional<ClosingRequest> find(long id) {
        return jdbc.sql("select * from closing_request where id = :id")
                .param("id", id)
                .query((rs, n) -> new ClosingRequest(
                        rs.getLong("id"),
                        rs.getLong("measure_id"),
                        ClosingChain.decode(rs.getString("chain")),
                        ClosingRequest.Status.valueOf(rs.getString("status")),
                        List.of(),
                        rs.getString("requested_by"),
                        Jdbc.instant(rs, "requested_at"),
                        rs.getInt("version")))
                .optional()
                .map(r -> new ClosingRequest(
                        r.id(),
                        r.measureId(),
                        r.chain(),
                        r.status(),
                        decisions(r.id()),
                        r.requestedBy(),
                        r.requestedAt(),
                        r.version()));
    }

    /** The measure's latest closing request: the one a page shows. */
    Optional<ClosingRequest> latest(long measureId) {
        return jdbc.sql("select id from closing_request where measure_id = :m order by id desc limit 1")
                .param("m", measureId)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    private List<ClosingRequest.Decision> decisions(long requestId) {
        return jdbc.sql("select * from closing_decision where request_id = :r order by position")
                .param("r", requestId)
                .query((rs, n) -> new ClosingRequest.Decision(
                        rs.getInt("position"),
                        ClosingApprover.valueOf(rs.getString("approver")),
                        rs.getBoolean("approved"),
                        rs.getString("reason"),
                        rs.getString("decided_by"),
                        Jdbc.instant(rs, "decided_at")))
                .list();
    }
}
