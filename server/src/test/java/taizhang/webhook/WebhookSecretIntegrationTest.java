package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;

/**
 * With a key configured, 锡林郭勒盟's webhook secret is sealed in the database and its deliveries are
 * still signed with it; a secret stored before the key was configured stays usable and is sealed at
 * the next start; one sealed with another key is reported, not sent unsigned.
 */
@DatabaseTest
@SpringBootTest(
        properties = {
            "taizhang.webhooks.secret-key=" + WebhookSecretIntegrationTest.KEY,
            // The gateway runs on this machine: only its address is allowed.
            "taizhang.webhooks.allowed-hosts=127.0.0.1"
        })
class WebhookSecretIntegrationTest {

    static final String KEY = "xilingol-test-webhook-key-0123456789abcdef";
    static final String SECRET = "xilingol-gateway-secret-2015";

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    WebhookRepository repository;

    @Autowired
    WebhookSecretSealing sealing;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    long xilingol;
    CurrentUser admin;
    Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        xilingol = fixtures.org("锡林郭勒盟").id();
        admin = fixtures.actor("内蒙古自治区", Role.ADMIN).user();
        // Rows of earlier runs on a kept PostgreSQL database would be due in this story too.
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
        receiver = new Receiver(nth -> 200);
        webhooks.save(admin, xilingol, receiver.url(), SECRET, true);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Map<String, Object> row() {
        return jdbc.sql("select secret, secret_sealed from webhook where org_id = :o")
                .param("o", xilingol)
                .query()
                .singleRow();
    }

    private Delivery sendOne() {
        String id = transaction.execute(status -> outbox.enqueue(xilingol, "cycle.reminded", "{}"));
        deliveries.sendDue();
        return repository.delivery(id).orElseThrow();
    }

    private boolean signedWithTheSecret(String deliveryId) {
        Receiver.Received got = receiver.received(deliveryId).get(0);
        return Signature.verify(SECRET, got.body(), got.header(Signature.HEADER));
    }

    @Test
    void theSecretIsSealedInTheDatabaseAndStillSignsDeliveries() {
        assertThat(row().get("secret_sealed")).isEqualTo(true);
        assertThat((String) row().get("secret")).doesNotContain(SECRET).doesNotContain("xilingol");
        assertThat(webhooks.get(admin, xilingol).secretHint()).isEqualTo("••••2015");

        Delivery sent = sendOne();

        assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(signedWithTheSecret(sent.id())).isTrue();
        webhooks.save(admin, xilingol, receiver.url(), null, true);
        assertThat(signedWithTheSecret(sendOne().id()))
                .as("kept when the form leaves it blank")
                .isTrue();
    }

    @Test
    void aSecretStoredBeforeTheKeyStaysUsableAndIsSealedAtTheNextStart() {
        jdbc.sql("update webhook set secret = :s, secret_sealed = false where org_id = :o")
                .param("s", SECRET)
                .param("o", xilingol)
                .update();

        Delivery before = sendOne();
        assertThat(signedWithTheSecret(before.id())).isTrue();

        sealing.sealStoredSecrets();

        assertThat(row().get("secret_sealed")).isEqualTo(true);
        assertThat((String) row().get("secret")).doesNotContain(SECRET);
        Delivery after = sendOne();
        assertThat(after.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(signedWithTheSecret(after.id())).isTrue();
    }

    @Test
    void aSecretSealedWithAnotherKeyIsReportedAndNothingIsSent() {
        jdbc.sql("update webhook set secret = :s, secret_sealed = true where org_id = :o")
                .param("s", SecretSeal.of(KEY + "-old").seal(SECRET, xilingol).text())
                .param("o", xilingol)
                .update();

        Delivery refused = sendOne();

        assertThat(refused.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(refused.lastError()).contains("无法解密", "重新设置推送密钥");
        assertThat(receiver.received()).isEmpty();
        assertThat(webhooks.get(admin, xilingol).secretHint()).isEqualTo("••••");
    }
}
