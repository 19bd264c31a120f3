package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/** Several server nodes, one job: one runs it, the others skip, on the database's clock. */
@DatabaseTest
@SpringBootTest
class JobLeaseRepositoryTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    final List<JobLease> nodes = new ArrayList<>();

    JobLease node() {
        JobLease node = new JobLease(dataSource, events);
        nodes.add(node);
        return node;
    }

    final List<String> jobs = new ArrayList<>();

    String job() {
        String job = "job-" + UUID.randomUUID();
        jobs.add(job);
        return job;
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(JobLease::destroy);
        jdbc.sql("delete from job_lock where name in (:jobs)")
                .param("jobs", jobs)
                .update();
    }

    @Test
    void anotherNodeSkipsTheJobWhileItRuns() {
        String job = job();
        JobLease first = node();
        JobLease second = node();
        List<Boolean> secondRan = new ArrayList<>();

        boolean ran = first.run(
                job, Duration.ZERO, MINUTE, () -> secondRan.add(second.run(job, Duration.ZERO, MINUTE, () -> {})));

        assertThat(ran).isTrue();
        assertThat(secondRan).containsExactly(false);
        assertThat(second.run(job, Duration.ZERO, MINUTE, () -> {}))
                .as("after the run, with no minimum hold")
                .isTrue();
    }

    @Test
    void aRunHoldsTheJobForItsMinimumSoANodeFiringLaterSkipsIt() {
        String job = job();
        JobLease first = node();
        JobLease second = node();

        assertThat(first.run(job, Duration.ofHours(1), Duration.ofHours(1), () -> {}))
                .isTrue();
        assertThat(second.run(job, Duration.ofHours(1), Duration.ofHours(1), () -> {}))
                .isFalse();
        assertThat(first.run(job, Duration.ofHours(1), Duration.ofHours(1), () -> {}))
                .as("the same node too: one run per hold")
                .isFalse();
    }

    @Test
    void aRunLongerThanItsLockIsKeptAliveSoNoOtherNodeJoinsIt() {
        String job = job();
        JobLease first = node();
        JobLease second = node();
        Duration atMost = Duration.ofSeconds(30); // the shortest the keep-alive takes
        List<Boolean> secondRan = new ArrayList<>();

        first.run(job, Duration.ZERO, atMost, () -> {
            sleep(atMost.plusSeconds(2));
            secondRan.add(second.run(job, Duration.ZERO, atMost, () -> {}));
        });

        assertThat(secondRan)
                .as("past the lock's first end, while the job still runs")
                .containsExactly(false);
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLockWhoseNodeDiedIsTakenOnceItEnds() {
        String job = job();
        // What a node that died mid-run leaves: a row whose end has passed on the database's clock.
        jdbc.sql("""
                insert into job_lock (name, lock_until, locked_at, locked_by)
                values (:job, timestamp '2000-01-01 00:00:00', timestamp '2000-01-01 00:00:00', 'dead-node')""").param("job", job).update();

        assertThat(node().run(job, Duration.ZERO, MINUTE, () -> {})).isTrue();
    }

    @Test
    void exactlyOneOfManyNodesRacingForANewJobRunsIt() throws Exception {
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 10; round++) {
                String job = job();
                AtomicInteger runs = new AtomicInteger();
                CyclicBarrier start = new CyclicBarrier(racers);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    JobLease racer = node();
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        return racer.run(job, Duration.ofHours(1), Duration.ofHours(1), runs::incrementAndGet);
                    };
                    results.add(pool.submit(attempt));
                }
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get() ? 1 : 0;
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
                assertThat(runs).hasValue(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
