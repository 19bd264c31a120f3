package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.notify.Notice;
import taizhang.notify.NotificationKind;
import taizhang.notify.Notifications;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.StoryClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 乌海市's gateway, run on a local port, through a story in March 2014: deliveries are signed,
 * retried with backoff until the gateway answers, given up after the last try, and written only
 * when the transaction of their event commits.
 */
@DatabaseTest
// The gateway runs on this machine: only its address is allowed, every other internal one stays refused.
@SpringBootTest(properties = "taizhang.webhooks.allowed-hosts=127.0.0.1")
@Import(StoryClock.Config.class)
class WebhookDeliveryIntegrationTest {

    static final String SECRET = "wuhai-gateway-secret-2014";

    @Autowired
    WebhookService webhooks;

    @Autowired
    Notifications notifications;

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    WebhookRepository repository;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    StoryClock clock;

    long wuhai;
    Receiver receiver;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(2014, 3, 3));
        wuhai = fixtures.org("乌海市").id();
        // Rows of earlier runs on a kept PostgreSQL database would be due in this story too.
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private void gateway(java.util.function.IntUnaryOperator answer) throws Exception {
        receiver = new Receiver(answer);
        var admin = fixtures.actor("内蒙古自治区", Role.ADMIN).user();
        webhooks.save(admin, wuhai, receiver.url(), SECRET, true);
    }

    private String enqueue(String type, String payload) {
        return transaction.execute(status -> outbox.enqueue(wuhai, type, payload));
    }

    private Delivery delivery(String id) {
        return repository.delivery(id).orElseThrow();
    }

    @Test
    void aReceiverVerifiesTheSignatureOfWhatItGets() throws Exception {
        gateway(nth -> 204);
        String id = enqueue("report.returned", "{\"measureId\":7,\"reason\":\"佐证材料不全\"}");

        assertThat(deliveries.sendDue()).isEqualTo(1);

        Receiver.Received got = receiver.received(id).get(0);
        assertThat(Signature.verify(SECRET, got.body(), got.header(Signature.HEADER)))
                .isTrue();
        byte[] tampered = new String(got.body(), StandardCharsets.UTF_8)
                .replace("佐证材料不全", "已整改")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Signature.verify(SECRET, tampered, got.header(Signature.HEADER)))
                .isFalse();
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("id").asText()).isEqualTo(id);
        assertThat(body.get("event").asText()).isEqualTo("report.returned");
        assertThat(body.get("orgId").asLong()).isEqualTo(wuhai);
        assertThat(body.get("attempt").asInt()).isEqualTo(1);
        assertThat(body.get("data").get("reason").asText()).isEqualTo("佐证材料不全");
        assertThat(Instant.parse(body.get("sentAt").asText())).isEqualTo(clock.instant());
        assertThat(got.header("X-Taizhang-Timestamp"))
                .isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(got.header("X-Taizhang-Event")).isEqualTo("report.returned");
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery(id).lastStatus()).isEqualTo(204);
    }

    @Test
    void retriesWithBackoffUntilTheGatewayAnswers() throws Exception {
        gateway(nth -> nth <= 2 ? 503 : 200);
        String id = enqueue("cycle.overdue", "{\"period\":\"2014-02\"}");
        Instant first = clock.instant();

        deliveries.sendDue();
        assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery(id).attempts()).isEqualTo(1);
        assertThat(delivery(id).lastStatus()).isEqualTo(503);
        assertThat(delivery(id).lastError()).isEqualTo("接收方应答 HTTP 503");
        assertThat(delivery(id).nextAttemptAt()).isEqualTo(first.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(59));
        assertThat(deliveries.sendDue()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(1));
        deliveries.sendDue();
        assertThat(delivery(id).attempts()).isEqualTo(2);
        assertThat(delivery(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        deliveries.sendDue();
        Delivery done = delivery(id);
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.lastStatus()).isEqualTo(200);
        assertThat(done.lastError()).isNull();
        assertThat(done.nextAttemptAt()).isNull();
        assertThat(done.deliveredAt()).isEqualTo(clock.instant());

        List<Receiver.Received> tries = receiver.received(id);
        assertThat(tries).hasSize(3);
        assertThat(tries)
                .allSatisfy(t -> assertThat(Signature.verify(SECRET, t.body(), t.header(Signature.HEADER)))
                        .isTrue());
        assertThat(tries.stream()
                        .map(t -> json.readTree(t.body()).get("attempt").asInt()))
                .containsExactly(1, 2, 3);
        clock.advance(Duration.ofDays(1));
        assertThat(deliveries.sendDue()).as("never sent again").isZero();
    }

    @Test
    void givesUpAfterTheLastAttempt() throws Exception {
        gateway(nth -> 500);
        String id = enqueue("cycle.overdue", "{}");

        for (Duration wait : List.of(
                Duration.ZERO,
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(12))) {
            clock.advance(wait);
            assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(deliveries.sendDue()).isEqualTo(1);
        }

        Delivery given = delivery(id);
        assertThat(given.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(given.attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
        assertThat(given.nextAttemptAt()).isNull();
        assertThat(given.lastStatus()).isEqualTo(500);
        clock.advance(Duration.ofDays(2));
        assertThat(deliveries.sendDue()).isZero();
        assertThat(receiver.received(id)).hasSize(6);
    }

    @Test
    void aRedirectIsNotFollowedButCountsAsAFailedTry() throws Exception {
        gateway(nth -> 307);
        String id = enqueue("cycle.overdue", "{}");

        deliveries.sendDue();

        assertThat(receiver.received(id)).as("the Location is not followed").hasSize(1);
        assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery(id).lastStatus()).isEqualTo(307);
        assertThat(delivery(id).lastError()).isEqualTo("接收方应答 HTTP 307");
    }

    @Test
    void anUnreachableGatewayCountsAsAFailedTry() throws Exception {
        gateway(nth -> 200);
        String id = enqueue("cycle.overdue", "{}");
        receiver.close();

        deliveries.sendDue();

        assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery(id).lastStatus()).isNull();
        assertThat(delivery(id).lastError()).isNotBlank();
    }

    @Test
    void everyNoticeTheInboxStoresForTheOrganisationIsPushed() throws Exception {
        gateway(nth -> 200);
        String key = "reminder:" + System.nanoTime();
        notifications.deliverAll(List.of(new Notice(wuhai, NotificationKind.REMINDED, key, "乌海市：整改办催报。", "/my")));
        notifications.deliverAll(List.of(new Notice(wuhai, NotificationKind.REMINDED, key, "乌海市：整改办催报。", "/my")));

        assertThat(deliveries.sendDue()).as("one notice, one delivery").isEqualTo(1);
        List<Receiver.Received> got = receiver.received();
        assertThat(got).hasSize(1);
        JsonNode body = json.readTree(got.get(0).body());
        assertThat(body.get("event").asText()).isEqualTo("notification.reminded");
        assertThat(body.get("data").get("text").asText()).isEqualTo("乌海市：整改办催报。");
        assertThat(body.get("data").get("link").asText()).isEqualTo("/my");
    }

    @Test
    void anEventIsQueuedOnlyWithTheTransactionThatCausedIt() throws Exception {
        gateway(nth -> 200);
        long before = count();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new OutgoingEvent(wuhai, "measure.assigned", "{\"measureId\":1}"));
            status.setRollbackOnly();
        });
        assertThat(count()).as("rolled back with its transaction").isEqualTo(before);

        transaction.executeWithoutResult(
                status -> events.publishEvent(new OutgoingEvent(wuhai, "measure.assigned", "{\"measureId\":1}")));
        assertThat(count()).isEqualTo(before + 1);

        long otherOrg = fixtures.org("鄂尔多斯市").id();
        jdbc.sql("delete from webhook where org_id = :o").param("o", otherOrg).update();
        transaction.executeWithoutResult(
                status -> events.publishEvent(new OutgoingEvent(otherOrg, "measure.assigned", "{}")));
        assertThat(jdbc.sql("select count(*) from webhook_delivery where org_id = :o")
                        .param("o", otherOrg)
                        .query(Long.class)
                        .single())
                .as("no webhook, nothing stored")
                .isZero();
    }

    @Test
    void aDeliveryWhoseWebhookWasSwitchedOffIsGivenUpUntried() throws Exception {
        gateway(nth -> 200);
        String id = enqueue("cycle.overdue", "{}");
        var admin = fixtures.actor("内蒙古自治区", Role.ADMIN).user();
        webhooks.save(admin, wuhai, receiver.url(), null, false);

        deliveries.sendDue();

        assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery(id).attempts()).isZero();
        assertThat(delivery(id).lastError()).isEqualTo("本单位的推送已删除或停用");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aWebhookRemovedGivesUpWhatItHadNotSentAndOneSetUpAgainSendsOnlyNewEvents() throws Exception {
        gateway(nth -> 200);
        String before = enqueue("cycle.overdue", "{}");
        var admin = fixtures.actor("内蒙古自治区", Role.ADMIN).user();
        webhooks.delete(admin, wuhai);
        webhooks.save(admin, wuhai, receiver.url(), SECRET, true);
        String after = enqueue("cycle.overdue", "{\"n\":2}");

        assertThat(deliveries.sendDue()).isEqualTo(1);

        assertThat(delivery(before).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery(before).attempts()).isZero();
        assertThat(delivery(before).lastError()).isEqualTo("本单位的推送已删除或停用");
        assertThat(delivery(after).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
        assertThat(receiver.received().get(0).header("X-Taizhang-Delivery")).isEqualTo(after);
    }

    private long count() {
        return jdbc.sql("select count(*) from webhook_delivery where org_id = :o")
                .param("o", wuhai)
                .query(Long.class)
                .single();
    }
}
