package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/** Two server nodes, one job: only one holds the lease until it runs out. */
@DatabaseTest
@SpringBootTest
class JobLeaseRepositoryTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneNodeHoldsTheJobUntilTheLeaseEnds() {
        String job = "job-" + UUID.randomUUID();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        JobLease first = new JobLease(jdbc, Clock.fixed(now, ZoneOffset.UTC));
        JobLease second = new JobLease(jdbc, Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC));
        JobLease later = new JobLease(jdbc, Clock.fixed(now.plus(Duration.ofHours(2)), ZoneOffset.UTC));

        assertThat(first.acquire(job, Duration.ofHours(1))).isTrue();
        assertThat(first.acquire(job, Duration.ofHours(1)))
                .as("the holder renews")
                .isTrue();
        assertThat(second.acquire(job, Duration.ofHours(1)))
                .as("another node while the lease runs")
                .isFalse();
        assertThat(later.acquire(job, Duration.ofHours(1)))
                .as("another node after the lease")
                .isTrue();
    }
}
