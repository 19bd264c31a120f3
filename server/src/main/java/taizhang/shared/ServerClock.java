package taizhang.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The server's one clock: the system's, or, for the demo, the system's moved by whole days so that
 * today is the demo's day (2021-10-15, the month after the seed's figures) and time runs on from
 * there. As a {@link Timeline} it can stand still at a moment while the demo is seeded.
 */
public final class ServerClock extends Clock implements Timeline {

    private final Clock system;
    private volatile Duration offset;
    private volatile Instant standing;

    private ServerClock(Clock system, Duration offset) {
        this.system = system;
        this.offset = offset;
    }

    public static ServerClock system(Clock system) {
        return new ServerClock(system, Duration.ZERO);
    }

    /**
     * The system's clock moved by whole days so that today is {@code today}, at the system's time
     * of day: the demo's first start. A later start takes the offset that start kept ({@link #setOffsetDays}).
     */
    public static ServerClock demo(Clock system, LocalDate today) {
        return new ServerClock(system, Duration.between(LocalDate.now(system).atStartOfDay(), today.atStartOfDay()));
    }

    /** Whole days the clock runs off the system's. */
    public long offsetDays() {
        return offset.toDays();
    }

    /** Runs the clock this many whole days off the system's from now on (0: the system's clock). */
    public void setOffsetDays(long days) {
        offset = Duration.ofDays(days);
    }

    @Override
    public void moveTo(LocalDateTime when) {
        standing = when.atZone(getZone()).toInstant();
    }

    @Override
    public void resume() {
        standing = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant stood = standing;
        return stood != null ? stood : system.instant().plus(offset);
    }
}
