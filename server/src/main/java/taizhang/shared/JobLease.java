package taizhang.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets one server node among several run a scheduled job: the node that takes the job's row in
 * {@code job_lock} holds it until the lease ends, so the others skip that run.
 */
@Component
public class JobLease {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    JobLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this node now holds the job for {@code lease}. */
    public boolean acquire(String job, Duration lease) {
        Instant now = clock.instant();
        int taken = jdbc.sql("""
                update job_lock set locked_until = :until, locked_by = :node
                where name = :job and (locked_until < :now or locked_by = :node)""")
                .param("until", Jdbc.utc(now.plus(lease)))
                .param("node", node)
                .param("job", job)
                .param("now", Jdbc.utc(now))
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (:job, :until, :node)")
                            .param("job", job)
                            .param("until", Jdbc.utc(now.plus(lease)))
                            .param("node", node)
                            .update()
                    == 1;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }
}
