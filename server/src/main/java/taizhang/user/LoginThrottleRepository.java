package taizhang.user;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/**
 * The attempt counters and the usual addresses. Each statement commits on its own (no surrounding
 * transaction): a counter is visible to the next attempt at once, and no lock is held while a
 * password is checked.
 */
@Repository
class LoginThrottleRepository {

    private final JdbcClient jdbc;

    LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes one attempt of the key's window, starting a new window when the last one is over;
     * the attempt count after it, or 0 when the window is full. The condition is checked on the
     * row while it is locked, so parallel attempts queue on it and cannot pass the limit.
     */
    int take(String key, int limit, Instant now, Instant windowStartedBefore) {
        for (int round = 0; round < 2; round++) {
            int updated = jdbc.sql("""
                    update login_throttle
                    set attempts = case when window_start <= :cutoff then 1 else attempts + 1 end,
                        window_start = case when window_start <= :cutoff then :now else window_start end
                    where throttle_key = :key and (window_start <= :cutoff or attempts < :limit)""")
                    .param("key", key)
                    .param("limit", limit)
                    .param("now", Jdbc.utc(now))
                    .param("cutoff", Jdbc.utc(windowStartedBefore))
                    .update();
            if (updated == 1) {
                return attempts(key);
            }
            int inserted =
                    jdbc.sql("""
                    insert into login_throttle (throttle_key, attempts, window_start) values (:key, 1, :now)
                    on conflict do nothing""").param("key", key).param("now", Jdbc.utc(now)).update();
            if (inserted == 1) {
                return 1;
            }
        }
        return 0;
    }

    private int attempts(String key) {
        return jdbc.sql("select attempts from login_throttle where throttle_key = :key")
                .param("key", key)
                .query(Integer.class)
                .optional()
                .orElse(1);
    }

    /** Gives an attempt back: a success does not count against the key. */
    void giveBack(String key) {
        jdbc.sql("update login_throttle set attempts = attempts - 1 where throttle_key = :key and attempts > 0")
                .param("key", key)
                .update();
    }

    void clear(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = :key")
                .param("key", key)
                .update();
    }

    void clearPrefix(String prefix) {
        jdbc.sql("delete from login_throttle where throttle_key like :prefix")
                .param(
                        "prefix",
                        prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .update();
    }

    /** Windows that ended before {@code cutoff} hold nothing worth keeping. */
    void forgetBefore(Instant cutoff) {
        jdbc.sql("delete from login_throttle where window_start < :cutoff")
                .param("cutoff", Jdbc.utc(cutoff))
                .update();
    }

    boolean isUsualAddress(String username, String address) {
        return jdbc.sql("select count(*) from login_address where username = :u and address = :a")
                        .param("u", username)
                        .param("a", address)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void rememberAddress(String username, String address, Instant now) {
        int updated = jdbc.sql("update login_address set last_success_at = :now where username = :u and address = :a")
                .param("u", username)
                .param("a", address)
                .param("now", Jdbc.utc(now))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into login_address (username, address, last_success_at) values (:u, :a, :now)
                    on conflict do nothing""")
                    .param("u", username)
                    .param("a", address)
                    .param("now", Jdbc.utc(now))
                    .update();
        }
    }
}
