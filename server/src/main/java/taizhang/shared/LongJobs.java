package taizhang.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Users' long jobs — an Excel import, a draft's acceptance — run on a bounded pool of workers
 * ({@code taizhang.jobs.workers}), at most {@code taizhang.jobs.per-user} of them for one user at a
 * time. Each holds a database connection for its whole length, so unbounded they could take the
 * whole pool from everyone else. A job that finds no worker free is refused at once with a
 * {@link ServerBusyException} (503), never queued behind the others; the request that asked for
 * it waits for its result, as before.
 */
@Component
public class LongJobs implements DisposableBean {

    /** A job's work, which may throw what its caller would. */
    @FunctionalInterface
    public interface Job<T, E extends Exception> {
        T run() throws E;
    }

    private final ThreadPoolExecutor workers;
    private final int perUser;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    LongJobs(@Value("${taizhang.jobs.workers:3}") int workers, @Value("${taizhang.jobs.per-user:1}") int perUser) {
        AtomicInteger number = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.MINUTES, new SynchronousQueue<>(), task -> {
            Thread worker = new Thread(task, "long-job-" + number.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        this.workers.allowCoreThreadTimeOut(true);
        this.perUser = perUser;
    }

    /** Runs the job on a worker and returns its result, or refuses it when there is no room. */
    public <T, E extends Exception> T run(CurrentUser user, Job<T, E> job) throws E {
        String who = user.username();
        if (running.computeIfAbsent(who, u -> new AtomicInteger()).incrementAndGet() > perUser) {
            release(who);
            throw new ServerBusyException("您已有一项导入或接收任务正在处理，请等它完成后再试");
        }
        try {
            return await(submit(job));
        } finally {
            release(who);
        }
    }

    /** How many jobs run now, and how many may. */
    public int running() {
        return workers.getActiveCount();
    }

    public int capacity() {
        return workers.getMaximumPoolSize();
    }

    private <T, E extends Exception> Future<T> submit(Job<T, E> job) {
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        try {
            return workers.submit(() -> {
                LocaleContextHolder.setLocaleContext(locale);
                RequestContextHolder.setRequestAttributes(request);
                try {
                    return job.run();
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                    RequestContextHolder.resetRequestAttributes();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new ServerBusyException("服务器正在处理较多的导入任务，请稍后再试");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Exception> T await(Future<T> result) throws E {
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a long job", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (E) cause;
        }
    }

    private void release(String who) {
        running.computeIfPresent(who, (u, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
