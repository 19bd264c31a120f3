package taizhang.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** Webhook settings and the delivery rows. */
@Repository
class WebhookRepository {

    /** Why a delivery was given up untried: its organisation's webhook went, or was switched off. */
    static final String GIVEN_UP = "本单位的推送已删除或停用";

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    WebhookRepository(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** The row's secret, or null when it is sealed and cannot be opened with this node's key. */
    private String secret(ResultSet rs, long orgId) throws SQLException {
        return seal.open(new SecretSeal.Stored(rs.getString("secret"), rs.getBoolean("secret_sealed")), orgId)
                .orElse(null);
    }

    Optional<Webhook> find(long orgId) {
        return jdbc.sql("select * from webhook where org_id = :o")
                .param("o", orgId)
                .query((rs, n) -> new Webhook(
                        rs.getLong("org_id"),
                        rs.getString("url"),
                        secret(rs, rs.getLong("org_id")),
                        rs.getBoolean("enabled"),
                        rs.getString("updated_by"),
                        Jdbc.instant(rs, "updated_at")))
                .optional();
    }

    void save(Webhook hook) {
        int updated = jdbc.sql("""
                update webhook set url = :url, secret = :secret, secret_sealed = :sealed, enabled = :enabled,
                    updated_by = :by, updated_at = :at
                where org_id = :o""").params(params(hook)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into webhook (org_id, url, secret, secret_sealed, enabled, updated_by, updated_at)
                    values (:o, :url, :secret, :sealed, :enabled, :by, :at)""").params(params(hook)).update();
        }
    }

    private Map<String, Object> params(Webhook hook) {
        SecretSeal.Stored secret = seal.seal(hook.secret(), hook.orgId());
        return Map.of(
                "o", hook.orgId(),
                "url", hook.url(),
                "secret", secret.text(),
                "sealed", secret.sealed(),
                "enabled", hook.enabled(),
                "by", hook.updatedBy(),
                "at", Jdbc.utc(hook.updatedAt()));
    }

    /**
     * Seals the secrets stored as given, when this node has a key: rows written before one was
     * configured. A row changed meanwhile (by a save, or another node sealing it) is left alone.
     */
    int sealPlainSecrets() {
        if (!seal.active()) {
            return 0;
        }
        List<Map.Entry<Long, String>> plain = jdbc.sql("select org_id, secret from webhook where secret_sealed = false")
                .query((rs, n) -> Map.entry(rs.getLong("org_id"), rs.getString("secret")))
                .list();
        int sealed = 0;
        for (Map.Entry<Long, String> row : plain) {
            sealed += jdbc.sql("""
                    update webhook set secret = :sealed, secret_sealed = true
                    where org_id = :o and secret_sealed = false and secret = :plain""")
                    .param("sealed", seal.seal(row.getValue(), row.getKey()).text())
                    .param("o", row.getKey())
                    .param("plain", row.getValue())
                    .update();
        }
        return sealed;
    }

    /**
     * Removes the organisation's webhook and gives up what it had not sent yet (as the page says
     * it will): a webhook set up again later must not send events queued for the one removed. A
     * delivery a node holds right now finishes its try.
     */
    void delete(long orgId, Instant at) {
        jdbc.sql("delete from webhook where org_id = :o").param("o", orgId).update();
        jdbc.sql("""
                        update webhook_delivery set status = 'FAILED', last_error = :error, next_attempt_at = null,
                            last_attempt_at = :at
                        where org_id = :o and status = 'PENDING'
                          and (claimed_until is null or claimed_until < current_timestamp)""")
                .param("error", GIVEN_UP)
                .param("at", Jdbc.utc(at))
                .param("o", orgId)
                .update();
    }

    void insertDelivery(String deliveryId, long orgId, String eventType, String payload, Instant at) {
        jdbc.sql("""
                insert into webhook_delivery (delivery_id, org_id, event_type, payload, status, attempts, created_at,
                    next_attempt_at)
                values (:d, :o, :type, :payload, 'PENDING', 0, :at, :at)""")
                .param("d", deliveryId)
                .param("o", orgId)
                .param("type", eventType)
                .param("payload", payload)
                .param("at", Jdbc.utc(at))
                .update();
    }

    /** Pending rows due by {@code now} that no node holds, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from webhook_delivery
                where status = 'PENDING' and next_attempt_at <= :now
                  and (claimed_until is null or claimed_until < current_timestamp)
                order by next_attempt_at, id limit :limit""")
                .param("now", Jdbc.utc(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes the row for this node for five minutes of the database's time, if it is still pending
     * and nobody holds it: of two nodes racing for one row, exactly one updates it.
     */
    boolean claim(long id, String node) {
        return jdbc.sql("""
                        update webhook_delivery set claimed_until = current_timestamp + interval '5' minute,
                            claimed_by = :node
                        where id = :id and status = 'PENDING'
                          and (claimed_until is null or claimed_until < current_timestamp)""").param("id", id).param("node", node).update() == 1;
    }

    Optional<DueDelivery> claimed(long id, String node) {
        return jdbc.sql("""
                select d.*, w.url, w.secret, w.secret_sealed, w.enabled from webhook_delivery d
                left join webhook w on w.org_id = d.org_id
                where d.id = :id and d.claimed_by = :node""")
                .param("id", id)
                .param("node", node)
                .query((rs, n) -> new DueDelivery(
                        rs.getLong("id"),
                        rs.getString("delivery_id"),
                        rs.getLong("org_id"),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        Jdbc.instant(rs, "created_at"),
                        rs.getString("url"),
                        rs.getString("url") == null ? null : secret(rs, rs.getLong("org_id")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** Records a try and lets go of the row; {@code next} null with a failure means given up. */
    void recordAttempt(
            long id,
            String node,
            DeliveryStatus status,
            Instant at,
            Integer httpStatus,
            String error,
            Instant next,
            boolean counted) {
        jdbc.sql("""
                update webhook_delivery set status = :status, attempts = attempts + :counted,
                    last_attempt_at = :at, last_status = :http, last_error = :error, next_attempt_at = :next,
                    delivered_at = :delivered, claimed_until = null, claimed_by = null
                where id = :id and claimed_by = :node""")
                .param("status", status.name())
                .param("counted", counted ? 1 : 0)
                .param("at", Jdbc.utc(at))
                .param("http", httpStatus)
                .param("error", error)
                .param("next", Jdbc.utc(next))
                .param("delivered", status == DeliveryStatus.DELIVERED ? Jdbc.utc(at) : null)
                .param("id", id)
                .param("node", node)
                .update();
    }

    /** Deletes up to {@code limit} delivered or given-up deliveries queued before {@code cutoff}. */
    int deleteFinishedBefore(Instant cutoff, int limit) {
        List<Long> ids = jdbc.sql("""
                select id from webhook_delivery
                where created_at < :cutoff and status in ('DELIVERED', 'FAILED')
                order by created_at, id limit :limit""")
                .param("cutoff", Jdbc.utc(cutoff))
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        // Selected first, then deleted by id: one plain statement each on H2 and PostgreSQL.
        return jdbc.sql("delete from webhook_delivery where id in (:ids) and status <> 'PENDING'")
                .param("ids", ids)
                .update();
    }

    /** The organisation's deliveries, newest first. */
    List<Delivery> forOrganisation(long orgId, int page, int size) {
        return jdbc.sql("""
                select * from webhook_delivery where org_id = :o
                order by id desc limit :size offset :offset""")
                .param("o", orgId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> delivery(rs))
                .list();
    }

    Optional<Delivery> delivery(String deliveryId) {
        return jdbc.sql("select * from webhook_delivery where delivery_id = :d")
                .param("d", deliveryId)
                .query((rs, n) -> delivery(rs))
                .optional();
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(
                rs.getString("delivery_id"),
                rs.getLong("org_id"),
                rs.getString("event_type"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "last_attempt_at"),
                rs.getObject("last_status", Integer.class),
                rs.getString("last_error"),
                Jdbc.instant(rs, "next_attempt_at"),
                Jdbc.instant(rs, "delivered_at"));
    }
}
