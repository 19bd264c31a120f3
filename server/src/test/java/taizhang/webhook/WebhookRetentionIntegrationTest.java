package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.StoryClock;

/**
 * 巴彦淖尔市's delivery log over a spring: with the default 90 days' retention, deliveries delivered or
 * given up before then are deleted, batch after batch, while a pending one stays however old it is
 * and recent ones stay.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class WebhookRetentionIntegrationTest {

    static final String NODE = "retention-test";

    @Autowired
    Fixtures fixtures;

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    WebhookRepository repository;

    @Autowired
    WebhookRetention retention;

    @Autowired
    WebhookDeliveryJob job;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryClock clock;

    long bayannur;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(2014, 1, 6));
        bayannur = fixtures.org("巴彦淖尔市").id();
        // Rows other stories left pending would be sent by the delivery job here.
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
        webhooks.save(
                fixtures.actor("内蒙古自治区", Role.ADMIN).user(),
                bayannur,
                "https://gateway.example.cn/bayannur",
                "bayannur-secret-00000001",
                true);
    }

    /** Queues an event and, unless {@code status} is pending, finishes it as the delivery job would. */
    private String delivery(DeliveryStatus status) {
        String id = transaction.execute(s -> outbox.enqueue(bayannur, "cycle.reminded", "{}"));
        if (status != DeliveryStatus.PENDING) {
            long row = jdbc.sql("select id from webhook_delivery where delivery_id = :d")
                    .param("d", id)
                    .query(Long.class)
                    .single();
            assertThat(repository.claim(row, NODE)).isTrue();
            repository.recordAttempt(row, NODE, status, clock.instant(), 200, null, null, true);
        }
        return id;
    }

    private boolean kept(String id) {
        return repository.delivery(id).isPresent();
    }

    @Test
    void deletesFinishedDeliveriesPastTheRetentionAndKeepsPendingAndRecentOnes() {
        String delivered = delivery(DeliveryStatus.DELIVERED);
        String givenUp = delivery(DeliveryStatus.FAILED);
        String pending = delivery(DeliveryStatus.PENDING);
        clock.advance(Duration.ofDays(60));
        String recent = delivery(DeliveryStatus.DELIVERED);

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        retention.purge();
        assertThat(kept(delivered)).as("not yet 90 days old").isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);

        assertThat(kept(delivered)).isFalse();
        assertThat(kept(givenUp)).isFalse();
        assertThat(kept(pending)).as("a pending delivery is never deleted").isTrue();
        assertThat(kept(recent)).isTrue();
    }

    @Test
    void deletesAYearsLogBatchByBatchInTheDeliveryJob() {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < WebhookRetention.BATCH + 5; i++) {
            old.add(transaction.execute(s -> outbox.enqueue(bayannur, "cycle.reminded", "{}")));
        }
        // The delivery job's own sending would take these minutes; the log's state is what matters here.
        jdbc.sql("""
                update webhook_delivery set status = 'DELIVERED', attempts = 1, delivered_at = created_at,
                    last_attempt_at = created_at, next_attempt_at = null
                where delivery_id in (:ids)""").param("ids", old).update();
        clock.advance(Duration.ofDays(91));
        // A run of another test may still hold the job's lease for its minimum time.
        jdbc.sql("delete from job_lock where name = :job")
                .param("job", WebhookDeliveryJob.NAME)
                .update();

        job.deliver();

        assertThat(jdbc.sql("select count(*) from webhook_delivery where delivery_id in (:ids)")
                        .param("ids", old)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
