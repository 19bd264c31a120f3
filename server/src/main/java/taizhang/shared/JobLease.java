package taizhang.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets one server node among several run a scheduled job, through ShedLock's row per job in
 * {@code job_lock}. Three things make a run happen once: the lock's times are the database's, so
 * nodes whose clocks differ agree on when it ends; it is kept alive while the job runs, so a run
 * longer than {@code atMost} is not joined by a second node; and it is held for {@code atLeast}
 * from the start, so a node whose schedule fires a little later finds the job done and skips it.
 * A node that dies mid-run frees the job {@code atMost} after its last keep-alive.
 */
@Component
public class JobLease implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLease.class);

    private final LockProvider locks;
    private final ScheduledExecutorService keepAlive;
    private final ApplicationEventPublisher events;
    private final String node;

    JobLease(DataSource dataSource, ApplicationEventPublisher events) {
        this.events = events;
        this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "job-lease-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        JdbcTemplateLockProvider rows = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("job_lock")
                .withLockedByValue(node)
                .usingDbTime()
                .build());
        this.locks = new KeepAliveLockProvider(rows, keepAlive);
    }

    /**
     * Runs the task if this node gets the job, and says whether it did. {@code atMost} must be at
     * least 30 seconds (the keep-alive renews the lock at half of it) and no less than {@code atLeast}.
     */
    public boolean run(String job, Duration atLeast, Duration atMost, Runnable task) {
        Instant start = Instant.now();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(start, job, atMost, atLeast));
        if (lock.isEmpty()) {
            log.debug("Job {} skipped: another node holds it", job);
            return false;
        }
        try {
            task.run();
        } finally {
            lock.get().unlock();
        }
        events.publishEvent(new JobRan(job, node, start, Duration.between(start, Instant.now())));
        return true;
    }

    /** The name this node writes into {@code job_lock.locked_by}. */
    public String node() {
        return node;
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    /** A job this node ran to its end: for the log and for whoever counts runs. */
    public record JobRan(String job, String node, Instant startedAt, Duration took) {}
}
