package taizhang.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(long userId, String name, String tokenHash, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, expires_at, created_at)
                        values (:u, :name, :hash, :expires, :at)""")
                .param("at", Jdbc.utc(clock.instant()))
                .param("u", userId)
                .param("name", name)
                .param("hash", tokenHash)
                .param("expires", Jdbc.utc(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A user's tokens, newest first, as they stand at {@code now}. */
    List<ApiToken> ofUser(long userId, Instant now) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, revoked from api_token
                where user_id = :u order by created_at desc, id desc""")
                .param("u", userId)
                .query((rs, n) -> ApiToken.of(
                        rs.getLong("id"),
                        rs.getString("name"),
                        Jdbc.instant(rs, "created_at"),
                        Jdbc.instant(rs, "expires_at"),
                        rs.getBoolean("revoked"),
                        now))
                .list();
    }

    Optional<ApiToken> find(long userId, long tokenId, Instant now) {
        return ofUser(userId, now).stream().filter(t -> t.id() == tokenId).findFirst();
    }

    /** Revokes every token of the user still in force; returns how many. */
    int revokeAll(long userId) {
        return jdbc.sql("update api_token set revoked = true where user_id = :u and not revoked")
                .param("u", userId)
                .update();
    }

    void revoke(long userId, long tokenId) {
        jdbc.sql("update api_token set revoked = true where id = :id and user_id = :u")
                .param("id", tokenId)
                .param("u", userId)
                .update();
    }
}
