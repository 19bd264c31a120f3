package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

class DeadlineTest {

    @Test
    void refusesNewReadsWhileOverdueOnesStillHoldEverySlot() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Duration brief = Duration.ofMillis(20);
        try {
            for (int i = 0; i < Deadline.SLOT_COUNT; i++) {
                assertThat(kindOf(() -> Deadline.run(() -> ignoringInterrupts(release), brief)))
                        .isEqualTo(Kind.TIMEOUT);
            }
            assertThat(kindOf(() -> Deadline.run(() -> "text", brief))).isEqualTo(Kind.BUSY);
        } finally {
            release.countDown();
        }
        assertThat(Deadline.run(() -> "text", Duration.ofSeconds(5))).isEqualTo("text");
    }

    @Test
    void passesTypedErrorsThroughAndTypesAnyOtherFailure() {
        ExtractionException typed = new ExtractionException(Kind.EMPTY, "文件为空，没有任何内容。");

        assertThat(kindOf(() -> Deadline.run(
                        () -> {
                            throw typed;
                        },
                        Duration.ofSeconds(5))))
                .isEqualTo(Kind.EMPTY);
        assertThat(kindOf(() -> Deadline.run(
                        () -> {
                            throw new IllegalStateException("bug");
                        },
                        Duration.ofSeconds(5))))
                .isEqualTo(Kind.MALFORMED);
    }

    /** Like a parser stuck in a loop: interruption does not stop it, only the latch does. */
    private static Object ignoringInterrupts(CountDownLatch release) {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // a stuck parser does not look at its interrupt flag either
            }
        }
        return null;
    }

    private static Kind kindOf(Runnable call) {
        ExtractionException e = catchThrowableOfType(ExtractionException.class, call::run);
        assertThat(e).isNotNull();
        BadInputTest.assertHumanMessage(e.getMessage());
        return e.kind();
    }
}
