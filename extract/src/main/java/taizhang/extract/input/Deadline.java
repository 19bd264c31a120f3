package taizhang.extract.input;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Runs one read on its own thread and waits no longer than the limit. The thread has a large
 * stack, so that recursive parsers reach the nesting limits before the stack's end. A parser that
 * ignores interruption keeps its daemon thread busy until it finishes, but the caller is free;
 * such threads are counted, so they cannot accumulate without bound.
 */
final class Deadline {

    private static final long STACK_BYTES = 16L * 1024 * 1024;

    /*
     * A worker past its deadline keeps its slot until it really ends, so a flood of hostile files
     * can occupy at most this many threads; later reads are refused instead of piling up.
     */
    static final int SLOT_COUNT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final Semaphore SLOTS = new Semaphore(SLOT_COUNT);

    private Deadline() {}

    private static void acquireSlot(Duration timeout) {
        try {
            if (!SLOTS.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ExtractionException(Kind.BUSY, "系统正忙于读取其他文件，请稍后再试。 (all reader slots busy)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(Kind.TIMEOUT, "读取文件被中断。 (interrupted while waiting for a reader slot)");
        }
    }

    static <T> T run(Callable<T> task, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        acquireSlot(timeout);
        FutureTask<T> future = new FutureTask<>(() -> {
            try {
                return task.call();
            } finally {
                SLOTS.release();
            }
        });
        try {
            Thread worker = new Thread(null, future, "taizhang-read", STACK_BYTES);
            worker.setDaemon(true);
            worker.start();
        } catch (OutOfMemoryError | RuntimeException e) {
            SLOTS.release();
            throw new ExtractionException(Kind.BUSY, "系统繁忙，暂时无法读取文件，请稍后再试。 (cannot start a reader thread)", e);
        }
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionException(
                    Kind.TIMEOUT,
                    "读取文件超时（超过 " + timeout.toSeconds() + " 秒），文件可能过大或结构异常。 (read did not finish within " + timeout
                            + ")");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(Kind.TIMEOUT, "读取文件被中断。 (interrupted while reading)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw new ExtractionException(
                    Kind.MALFORMED,
                    "读取文件时出错，文件可能已损坏。 (" + e.getCause().getClass().getSimpleName() + ")",
                    e.getCause());
        }
    }
}
