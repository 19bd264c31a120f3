package taizhang.extract.input;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Runs one read on its own thread and waits no longer than the limit. The thread has a large
 * stack, so that recursive parsers reach the nesting limits before the stack's end. A parser that
 * ignores interruption keeps its daemon thread busy until it finishes, but the caller is free.
 */
final class Deadline {

    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private Deadline() {
    }

    static <T> T run(Callable<T> task, Duration timeout) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread worker = new Thread(null, future, "taizhang-read", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionException(Kind.TIMEOUT, "读取文件超时（超过 " + timeout.toSeconds()
                    + " 秒），文件可能过大或结构异常。 (read did not finish within " + timeout + ")");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(Kind.TIMEOUT, "读取文件被中断。 (interrupted while reading)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw new ExtractionException(Kind.MALFORMED, "读取文件时出错，文件可能已损坏。 (" + e.getCause().getClass().getSimpleName() + ")", e.getCause());
        }
    }
}
