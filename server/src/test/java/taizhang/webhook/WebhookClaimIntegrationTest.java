package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four senders that ignore the job lock (as if it had failed) send 乌兰察布市's deliveries at once:
 * each row's claim lets exactly one of them send it.
 */
@DatabaseTest
// The gateway runs on this machine: only its address is allowed.
@SpringBootTest(properties = "taizhang.webhooks.allowed-hosts=127.0.0.1")
class WebhookClaimIntegrationTest {

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    WebhookRepository repository;

    @Autowired
    WebhookSender sender;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Receiver receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void sendersRacingForTheSameRowsSendEachOnce() throws Exception {
        receiver = new Receiver(nth -> 200);
        long org = fixtures.org("乌兰察布市").id();
        webhooks.save(fixtures.actor("内蒙古自治区", Role.ADMIN).user(), org, receiver.url(), "ulanqab-secret-000001", true);
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(transaction.execute(status -> outbox.enqueue(org, "cycle.reminded", "{}")));
        }

        int senders = 4;
        CyclicBarrier together = new CyclicBarrier(senders);
        ExecutorService threads = Executors.newFixedThreadPool(senders);
        List<Future<Integer>> tried = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            WebhookDeliveries node = new WebhookDeliveries(repository, sender, json, clock, "node-" + i);
            tried.add(threads.submit(() -> {
                together.await();
                return node.sendDue();
            }));
        }
        int total = 0;
        for (Future<Integer> n : tried) {
            total += n.get();
        }
        threads.shutdownNow();

        assertThat(total).isEqualTo(ids.size());
        assertThat(receiver.received()).hasSize(ids.size());
        for (String id : ids) {
            assertThat(receiver.received(id)).as(id).hasSize(1);
            assertThat(repository.delivery(id).orElseThrow().attempts()).isEqualTo(1);
        }
    }
}
