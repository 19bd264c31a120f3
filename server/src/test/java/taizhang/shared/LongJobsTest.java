package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Long jobs: a bounded pool, one job per user at a time, refused at once (never queued) when there is no room. */
class LongJobsTest {

    private final LongJobs jobs = new LongJobs(2, 1);
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
        jobs.destroy();
    }

    private static CurrentUser user(String name) {
        return new CurrentUser(1L, name, name, 1L, "/1/", java.util.Set.of(Role.OFFICE));
    }

    /** Starts a job for the user that runs until the test ends; returns once it runs. */
    private Future<String> busy(String name) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<String> job = callers.submit(() -> jobs.run(user(name), () -> {
            started.countDown();
            release.await();
            return Thread.currentThread().getName();
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return job;
    }

    @Test
    void aJobRunsOnAWorkerAndItsResultComesBack() {
        assertThat(jobs.run(user("甲"), () -> Thread.currentThread().getName())).startsWith("long-job-");
    }

    @Test
    void aUserWithAJobRunningIsRefusedASecondOne() throws Exception {
        busy("甲");
        assertThatThrownBy(() -> jobs.run(user("甲"), () -> "second"))
                .isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("正在处理");
        assertThat(jobs.run(user("乙"), () -> "another user")).isEqualTo("another user");
    }

    @Test
    void whenEveryWorkerIsBusyAJobIsRefusedAndTheUserMayTryAgainLater() throws Exception {
        List<Future<String>> running = new ArrayList<>();
        running.add(busy("甲"));
        running.add(busy("乙"));
        assertThat(jobs.running()).isEqualTo(2);
        assertThatThrownBy(() -> jobs.run(user("丙"), () -> "third"))
                .isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("稍后再试");
        release.countDown();
        for (Future<String> job : running) {
            job.get(10, TimeUnit.SECONDS);
        }
        assertThat(jobs.run(user("丙"), () -> "third")).isEqualTo("third");
    }

    @Test
    void aJobsExceptionReachesItsCallerAndFreesTheUsersTurn() {
        assertThatThrownBy(() -> jobs.run(user("甲"), () -> {
                    throw new IOException("坏文件");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("坏文件");
        assertThatThrownBy(() -> jobs.run(user("甲"), () -> {
                    throw new RuleViolationException("不合规则");
                }))
                .isInstanceOf(RuleViolationException.class);
        assertThat(jobs.run(user("甲"), () -> "again")).isEqualTo("again");
    }
}
