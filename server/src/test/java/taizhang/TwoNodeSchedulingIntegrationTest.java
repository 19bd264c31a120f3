package taizhang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.shared.JobLease.JobRan;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.webhook.Receiver;
import taizhang.webhook.WebhookOutbox;
import taizhang.webhook.WebhookService;

/**
 * Two server nodes, one database: every scheduled job is fired on both nodes at the same moment,
 * twice over, and each runs once, and nothing it sends is sent twice. The nodes are two whole
 * application contexts with their own pools, schedulers and lock names. On H2 they open the same
 * named in-memory database of this JVM (as two servers would open one database server); on the
 * PostgreSQL pass, the one PostgreSQL database.
 *
 * <p>A new scheduled job adds its lock name to {@link #JOBS} (the test fails until it does) and, if it
 * sends something, an assertion that each thing arrived once, as the webhook deliveries do here.
 */
@DatabaseTest
class TwoNodeSchedulingIntegrationTest {

    /** The lock name of every scheduled job of the server. */
    static final List<String> JOBS = List.of("warnings", "webhook-delivery", "notify-deadlines", "audit");

    static final int DELIVERIES = 30;

    static final List<JobRan> runs = new CopyOnWriteArrayList<>();
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static Receiver gateway;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        // Started one after the other, as a rolling deployment would: the first migrates the database.
        first = node();
        second = node();
        gateway = new Receiver(nth -> {
            sleep(10); // a gateway that takes its time widens the window for a second sender
            return 200;
        });
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(TaizhangApplication.class)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .listeners(event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof JobRan ran) {
                        runs.add(ran);
                    }
                })
                // Arguments, as a node is started: they outrank application.yml's port. The gateway
                // runs on this machine, so its address is allowed.
                .run("--server.port=0", "--taizhang.webhooks.allowed-hosts=127.0.0.1");
    }

    @Test
    void eachJobRunsOnceAndNoDeliveryIsSentTwice() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        // A night that no node has worked yet; earlier runs on a kept PostgreSQL database leave their locks.
        jdbc.sql("delete from job_lock where name in (:jobs)")
                .param("jobs", JOBS)
                .update();
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
        List<String> ids = queueDeliveries();
        runs.clear();

        fireEveryJobOnBothNodes();
        fireEveryJobOnBothNodes();

        Map<String, Long> ranPerJob = runs.stream().collect(Collectors.groupingBy(JobRan::job, Collectors.counting()));
        assertThat(ranPerJob).as("runs per job").containsOnlyKeys(JOBS);
        assertThat(ranPerJob.values()).as("runs per job %s", runs).containsOnly(1L);
        for (String id : ids) {
            assertThat(gateway.received(id)).as("delivery %s", id).hasSize(1);
        }
        assertThat(jdbc.sql("""
                        select count(*) from webhook_delivery
                        where delivery_id in (:ids) and status = 'DELIVERED' and attempts = 1""").param("ids", ids).query(Long.class).single()).isEqualTo(DELIVERIES);
    }

    private static List<String> queueDeliveries() {
        Fixtures fixtures = first.getBean(Fixtures.class);
        long baotou = fixtures.org("包头市").id();
        first.getBean(WebhookService.class)
                .save(
                        fixtures.actor("内蒙古自治区", Role.ADMIN).user(),
                        baotou,
                        gateway.url(),
                        "baotou-gateway-secret-0001",
                        true);
        WebhookOutbox outbox = second.getBean(WebhookOutbox.class);
        TransactionTemplate transaction = second.getBean(TransactionTemplate.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            String payload = "{\"n\":" + i + "}";
            ids.add(transaction.execute(status -> outbox.enqueue(baotou, "cycle.reminded", payload)));
        }
        return ids;
    }

    /** Every scheduled job of the server, on both nodes, all released by one barrier. */
    private static void fireEveryJobOnBothNodes() throws Exception {
        List<Runnable> firings = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            List<Runnable> jobs = jobs(node);
            assertThat(jobs)
                    .as("a scheduled job whose lock name is not in JOBS")
                    .hasSize(JOBS.size());
            firings.addAll(jobs);
        }
        CyclicBarrier together = new CyclicBarrier(firings.size());
        ExecutorService threads = Executors.newFixedThreadPool(firings.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable job : firings) {
                done.add(threads.submit(() -> {
                    together.await();
                    job.run();
                    return null;
                }));
            }
            for (Future<?> job : done) {
                job.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The server's own scheduled methods, as the node's scheduler would call them. */
    private static List<Runnable> jobs(ConfigurableApplicationContext node) {
        return node.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(task -> task.toString().startsWith("taizhang."))
                .map(task -> task.getRunnable())
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
