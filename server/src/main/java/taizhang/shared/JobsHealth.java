package taizhang.shared;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Long jobs in {@code /actuator/health}: a node whose workers are all busy is up, it only refuses more jobs. */
@Component("jobsHealthIndicator")
class JobsHealth implements HealthIndicator {

    private final LongJobs jobs;

    JobsHealth(LongJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("running", jobs.running())
                .withDetail("workers", jobs.capacity())
                .build();
    }
}
