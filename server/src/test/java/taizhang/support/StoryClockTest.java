package taizhang.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

/** A test class that shares its context with the one before it starts on the real time, not on that one's story day. */
class StoryClockTest {

    @Test
    void everySpringTestClassPutsTheSharedClockBack() {
        assertThat(new TestContextManager(StoryClockTest.class).getTestExecutionListeners())
                .anyMatch(StoryClock.Reset.class::isInstance);
    }

    @Test
    void theClockOfAContextAlreadyMadeIsBackToTheRealTimeBeforeTheNextClass() {
        StoryClock clock = new StoryClock();
        clock.set(LocalDate.of(2021, 10, 15));
        clock.moveTo(LocalDate.of(2021, 11, 1).atStartOfDay());
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(StoryClock.class, () -> clock);
            context.refresh();
            TestContext test = mock(TestContext.class);
            when(test.hasApplicationContext()).thenReturn(true);
            when(test.getApplicationContext()).thenReturn(context);

            Instant before = Instant.now();
            new StoryClock.Reset().beforeTestClass(test);

            assertThat(clock.instant()).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now());
            clock.resume();
            assertThat(clock.instant()).as("no story to come back to").isAfterOrEqualTo(before);
        }
    }
}
