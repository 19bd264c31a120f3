package taizhang.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import taizhang.shared.Timeline;

/**
 * The services' clock for a test that tells a story over days or months: set to noon of the day
 * each step happens. A test imports {@link Config} to put it in place of the server's clock. As a
 * {@link Timeline} it follows the demo's steps and comes back to the story's day when they are done.
 * Test classes that share a Spring context share its clock: {@link Reset} puts it back to the real
 * time before each class, so no class starts on the day another left it at.
 */
public final class StoryClock extends Clock implements Timeline {

    private Instant now = Instant.now();
    private Instant beforeTravel;

    public void set(LocalDate day) {
        now = LocalDateTime.of(day, LocalTime.NOON).atZone(getZone()).toInstant();
        beforeTravel = null;
    }

    /** Back to the real time, as a new clock starts. */
    public void reset() {
        now = Instant.now();
        beforeTravel = null;
    }

    /** Moves the story on by less than a day: a retry's wait, a lease's length. */
    public void advance(java.time.Duration by) {
        now = now.plus(by);
    }

    @Override
    public void moveTo(LocalDateTime when) {
        if (beforeTravel == null) {
            beforeTravel = now;
        }
        now = when.atZone(getZone()).toInstant();
    }

    @Override
    public void resume() {
        if (beforeTravel != null) {
            now = beforeTravel;
            beforeTravel = null;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Registered for every Spring test in META-INF/spring.factories. */
    public static class Reset implements TestExecutionListener {
        @Override
        public void beforeTestClass(TestContext context) {
            // A context not yet made will make a new clock; asking for it here would make the context early.
            if (context.hasApplicationContext()) {
                context.getApplicationContext()
                        .getBeanProvider(StoryClock.class)
                        .ifAvailable(StoryClock::reset);
            }
        }
    }

    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        StoryClock storyClock() {
            return new StoryClock();
        }
    }
}
